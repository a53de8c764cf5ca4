import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RefusedRow, SheetNotice, ValidRow } from "../validate";
import type { ValidTargetRow } from "../validate-targets";
import type { MetricKey } from "@/lib/metrics";
import type { CommitRow } from "./plan";

/**
 * A previewed upload waiting for confirmation, kept server-side in temp files under an
 * unguessable token bound to the uploader, so the confirm step does not re-read the upload and
 * nothing in the browser can alter what was previewed. Two files: a small one with everything
 * but the rows (what the routes read to check who may confirm), and the valid rows one per line,
 * which only the commit reads, row by row.
 *
 * A row line is a JSON array, [sheet, row number, metric, shape, ...values]: the sheet names and
 * the shapes (a record's fields in order) are listed once, in the small file. Spelled as objects
 * with their warnings, 100,000 funds rows took some 30 MB, and reading them was a tenth of the
 * commit; as arrays about 7 MB. Warnings are not kept: the preview showed them, the commit does
 * not read them.
 */
export type PendingMeta = {
  personId: string;
  fileName: string;
  sha256: string;
  createdAt: number;
  /** How many valid rows the rows file holds, and of each metric. */
  rowCount: number;
  metricRows: Partial<Record<MetricKey, number>>;
  /** Every district × supporter the rows and targets write, for the route's scope check without reading the rows. */
  writes: { district: string | null; supporter: string | null }[];
  /** The targets sheet's valid rows. */
  targets: ValidTargetRow[];
  refused: RefusedRow[];
  notices: SheetNotice[];
  /** Each sheet's header row as uploaded, so refused rows go back in the same layout. */
  headers: Record<string, string[]>;
  /** What the row lines' indexes name: sheet names, and each shape's fields in order. */
  rowFormat: { sheets: string[]; shapes: string[][] };
};

export type PendingInput = Omit<PendingMeta, "rowCount" | "metricRows" | "writes" | "rowFormat"> & { rows: readonly ValidRow[] };

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

/** Numbers the distinct values it is given, in order of first sight. */
class Numbering {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(key: string, item: () => void = () => undefined): number {
    let i = this.index.get(key);
    if (i === undefined) {
      this.index.set(key, (i = this.list.length));
      this.list.push(key);
      item();
    }
    return i;
  }
}

export function savePending(input: PendingInput): string {
  sweep();
  const token = randomUUID();
  const files = filesOf(token)!;
  const { rows, ...rest } = input;
  const sheets = new Numbering();
  const shapeKeys = new Numbering();
  const shapes: string[][] = [];
  const metricRows: PendingMeta["metricRows"] = {};
  // A field whose value is undefined is left out, as JSON leaves it out of an object.
  const line = ({ sheet, rowNumber, record }: ValidRow) => {
    const fields = Object.keys(record.values).filter((f) => record.values[f] !== undefined);
    const shape = shapeKeys.of(fields.join("\u0001"), () => shapes.push(fields));
    metricRows[record.metric] = (metricRows[record.metric] ?? 0) + 1;
    return `${JSON.stringify([sheets.of(sheet), rowNumber, record.metric, shape, ...fields.map((f) => record.values[f])])}\n`;
  };
  // Rows first, a thousand lines per write: one string of 100,000 rows would hold it all at once.
  const fd = fs.openSync(/*turbopackIgnore: true*/ files.rows, "w");
  try {
    for (let i = 0; i < rows.length; i += 1000) fs.writeSync(fd, rows.slice(i, i + 1000).map(line).join(""));
  } finally {
    fs.closeSync(fd);
  }
  const meta: PendingMeta = { ...rest, rowCount: rows.length, metricRows, writes: writesOf(input), rowFormat: { sheets: sheets.list, shapes } };
  fs.writeFileSync(/*turbopackIgnore: true*/ files.meta, JSON.stringify(meta));
  return token;
}

/** Everything but the rows; null when the token names nothing or has expired (or was written in an older row format). */
export function loadPending(token: string): PendingMeta | null {
  const files = filesOf(token);
  if (!files || !fs.existsSync(/*turbopackIgnore: true*/ files.meta)) return null;
  const meta = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ files.meta, "utf8")) as PendingMeta;
  return Date.now() - meta.createdAt > MAX_AGE_MS || !meta.rowFormat ? null : meta;
}

type RowLine = [sheet: number, rowNumber: number, metric: ValidRow["record"]["metric"], shape: number, ...values: (string | number | null)[]];

/** The valid rows, read a megabyte at a time and parsed line by line: the file is never one string. */
export function* pendingRows(token: string, meta: Pick<PendingMeta, "rowFormat">): Generator<CommitRow> {
  const files = filesOf(token);
  if (!files) return;
  const { sheets, shapes } = meta.rowFormat;
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
      for (const text of buffer.toString("utf8", 0, end).split("\n")) {
        if (!text) continue;
        const a = JSON.parse(text) as RowLine;
        const fields = shapes[a[3]]!;
        const values: Record<string, string | number | null> = {};
        for (let i = 0; i < fields.length; i++) values[fields[i]!] = a[4 + i] as string | number | null;
        yield { sheet: sheets[a[0]]!, rowNumber: a[1], record: { metric: a[2], values } };
      }
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
