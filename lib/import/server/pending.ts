import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RefusedRow, SheetNotice, ValidRow } from "../validate";
import type { ValidTargetRow } from "../validate-targets";

/**
 * A previewed upload waiting for confirmation, kept server-side in temp files under an
 * unguessable token bound to the uploader, so the confirm step does not re-read the upload and
 * nothing in the browser can alter what was previewed. Two files: a small one with everything
 * but the rows (what the routes read to check who may confirm), and the valid rows one per line,
 * which only the commit reads, row by row (a 100,000-row file is some 60 MB of JSON).
 */
export type PendingMeta = {
  personId: string;
  fileName: string;
  sha256: string;
  createdAt: number;
  /** How many valid rows the rows file holds. */
  rowCount: number;
  /** Every district × supporter the rows and targets write, for the route's scope check without reading the rows. */
  writes: { district: string | null; supporter: string | null }[];
  /** The targets sheet's valid rows. */
  targets: ValidTargetRow[];
  refused: RefusedRow[];
  notices: SheetNotice[];
  /** Each sheet's header row as uploaded, so refused rows go back in the same layout. */
  headers: Record<string, string[]>;
};

export type PendingInput = Omit<PendingMeta, "rowCount" | "writes"> & { rows: readonly ValidRow[] };

const MAX_AGE_MS = 2 * 60 * 60 * 1000;

function dir(): string {
  // turbopackIgnore: a temp folder chosen at run time, not a file of the build to trace.
  const d = path.resolve(/*turbopackIgnore: true*/ process.env.DUIKOU_IMPORT_DIR ?? path.join(os.tmpdir(), "duikou-imports"));
  fs.mkdirSync(/*turbopackIgnore: true*/ d, { recursive: true });
  return d;
}

function filesOf(token: string): { meta: string; rows: string } | null {
  if (!/^[0-9a-f-]{36}$/.test(token)) return null;
  const base = path.join(/*turbopackIgnore: true*/ dir(), token);
  return { meta: `${base}.json`, rows: `${base}.rows.ndjson` };
}

/** The distinct district × supporter pairs written, targets included (a program-wide target has neither). */
function writesOf(input: PendingInput): PendingMeta["writes"] {
  const pairs = new Map<string, PendingMeta["writes"][number]>();
  for (const r of input.rows) {
    const district = String(r.record.values.districtCode);
    const supporter = String(r.record.values.supporterCode);
    pairs.set(`${district}|${supporter}`, { district, supporter });
  }
  for (const t of input.targets) pairs.set(`${t.input.district ?? ""}|${t.input.supporter ?? ""}`, { district: t.input.district ?? null, supporter: t.input.supporter ?? null });
  return [...pairs.values()];
}

export function savePending(input: PendingInput): string {
  sweep();
  const token = randomUUID();
  const files = filesOf(token)!;
  const { rows, ...rest } = input;
  // Rows first, a thousand lines per write: one JSON string of 100,000 rows would hold some 60 MB at once.
  const fd = fs.openSync(/*turbopackIgnore: true*/ files.rows, "w");
  try {
    // Only a valid row's fields: a planned row passed in also carries its action and the stored record.
    const line = ({ sheet, rowNumber, record, warnings }: ValidRow) => `${JSON.stringify({ sheet, rowNumber, record, warnings })}\n`;
    for (let i = 0; i < rows.length; i += 1000) fs.writeSync(fd, rows.slice(i, i + 1000).map(line).join(""));
  } finally {
    fs.closeSync(fd);
  }
  const meta: PendingMeta = { ...rest, rowCount: rows.length, writes: writesOf(input) };
  fs.writeFileSync(/*turbopackIgnore: true*/ files.meta, JSON.stringify(meta));
  return token;
}

/** Everything but the rows; null when the token names nothing or has expired. */
export function loadPending(token: string): PendingMeta | null {
  const files = filesOf(token);
  if (!files || !fs.existsSync(/*turbopackIgnore: true*/ files.meta)) return null;
  const meta = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ files.meta, "utf8")) as PendingMeta;
  return Date.now() - meta.createdAt > MAX_AGE_MS ? null : meta;
}

/** The valid rows, read a megabyte at a time and parsed line by line: the file is never one string. */
export function* pendingRows(token: string): Generator<ValidRow> {
  const files = filesOf(token);
  if (!files) return;
  const fd = fs.openSync(/*turbopackIgnore: true*/ files.rows, "r");
  try {
    const buffer = Buffer.alloc(1 << 20);
    let kept = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, kept, buffer.length - kept, null);
      const filled = kept + n;
      // Up to the last line end: a line (and a character) cut by the chunk waits for the next read.
      const end = n > 0 ? buffer.lastIndexOf(0x0a, filled - 1) + 1 : filled;
      if (end === 0 && n > 0) throw new Error("pending row longer than the read buffer");
      for (const line of buffer.toString("utf8", 0, end).split("\n")) if (line) yield JSON.parse(line) as ValidRow;
      if (n === 0) return;
      buffer.copy(buffer, 0, end, filled);
      kept = filled - end;
    }
  } finally {
    fs.closeSync(fd);
  }
}

export function dropPending(token: string): void {
  const files = filesOf(token);
  if (!files) return;
  fs.rmSync(/*turbopackIgnore: true*/ files.meta, { force: true });
  fs.rmSync(/*turbopackIgnore: true*/ files.rows, { force: true });
}

function sweep(): void {
  for (const name of fs.readdirSync(/*turbopackIgnore: true*/ dir())) {
    const file = path.join(/*turbopackIgnore: true*/ dir(), name);
    try {
      if (Date.now() - fs.statSync(/*turbopackIgnore: true*/ file).mtimeMs > MAX_AGE_MS) fs.rmSync(/*turbopackIgnore: true*/ file, { force: true });
    } catch {
      // Another request swept it first.
    }
  }
}
