/**
 * Hard caps checked before any work: the request, the rows, the columns, and for an XLSX what
 * its parts inflate to (so a ZIP bomb is stopped while inflating, not after).
 */
export const IMPORT_LIMITS = {
  /** Request body and file (an XLSX of 100,000 rows is about 3 MB). */
  maxBytes: 12 * 1024 * 1024,
  /** Data rows across every sheet of one file. */
  maxRows: 100_000,
  maxColumns: 30,
  /** Inflated shared-strings part. */
  maxSharedStringsBytes: 48 * 1024 * 1024,
  /** Inflated styles part. */
  maxStylesBytes: 8 * 1024 * 1024,
  /** Inflated worksheets together. */
  maxSheetBytes: 160 * 1024 * 1024,
  /** Inflated size / compressed size of one part above which the file is treated as a bomb. */
  maxRatio: 200,
  maxSheets: 12,
} as const;

/** A refusal of the whole file: a message key of `importFile` and its parameters. */
export type FileRefusal = { message: string; params?: Record<string, string | number> };

export class ImportRefused extends Error {
  constructor(readonly refusal: FileRefusal) {
    super(refusal.message);
  }
}
