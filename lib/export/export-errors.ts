/**
 * The errors exports throw, in a module of their own so the page can tell them apart without
 * loading the export code itself (that is fetched when an export starts).
 */

/** Which stage failed, so the message can say so ("could not get the export font …"). */
export class ExportError extends Error {
  constructor(readonly stage: "font" | "image", message: string) {
    super(message);
  }
}

/** A chart that could not be drawn: the message names it. */
export class ChartExportError extends Error {
  constructor(readonly title: string, readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}
