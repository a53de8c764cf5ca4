import "server-only";

/**
 * The messages the browser needs: those its client components translate with, as namespaces or
 * dotted sub-trees. Server components (KPI cards, notices, the footer, profile headers, API
 * errors) translate on the server, so their words are not shipped with the page. A client
 * component that starts using another namespace adds it here (a unit test reads the sources).
 */
export const CLIENT_MESSAGES = [
  "app",
  "categories",
  "charts",
  "confidence",
  "demo",
  "errors",
  "exports",
  "filters",
  "frame",
  "top",
  "explore.chips",
  "explore.compare",
  "explore.flows",
  "explore.map",
  "explore.records",
  "explore.supporter",
] as const;

type Tree = { [key: string]: unknown };

export function clientMessages<M extends Tree>(messages: M, paths: readonly string[] = CLIENT_MESSAGES): Partial<M> {
  const out: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const key of keys) from = from && typeof from === "object" ? (from as Tree)[key] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Tree;
    into[keys[keys.length - 1]!] = from;
  }
  return out as Partial<M>;
}
