import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RefusedRow, SheetNotice, ValidRow } from "../validate";
import type { ValidTargetRow } from "../validate-targets";

/**
 * A previewed upload waiting for confirmation: the validated rows, kept server-side in a temp
 * file under an unguessable token bound to the uploader, so the confirm step does not re-read
 * the file and nothing in the browser can alter what was previewed.
 */
export type Pending = {
  personId: string;
  fileName: string;
  sha256: string;
  createdAt: number;
  rows: ValidRow[];
  /** The targets sheet's valid rows. */
  targets: ValidTargetRow[];
  refused: RefusedRow[];
  notices: SheetNotice[];
  /** Each sheet's header row as uploaded, so refused rows go back in the same layout. */
  headers: Record<string, string[]>;
};

const MAX_AGE_MS = 2 * 60 * 60 * 1000;

function dir(): string {
  const d = process.env.DUIKOU_IMPORT_DIR ?? path.join(os.tmpdir(), "duikou-imports");
  fs.mkdirSync(d, { recursive: true });
  return d;
}

function fileOf(token: string): string | null {
  return /^[0-9a-f-]{36}$/.test(token) ? path.join(dir(), `${token}.json`) : null;
}

export function savePending(pending: Pending): string {
  sweep();
  const token = randomUUID();
  // Written row by row: one JSON string of 100,000 rows would hold some 60 MB at once.
  const fd = fs.openSync(fileOf(token)!, "w");
  try {
    const { rows, ...rest } = pending;
    fs.writeSync(fd, `${JSON.stringify(rest).slice(0, -1)},"rows":[`);
    for (let i = 0; i < rows.length; i += 1000) fs.writeSync(fd, (i ? "," : "") + rows.slice(i, i + 1000).map((r) => JSON.stringify(r)).join(","));
    fs.writeSync(fd, "]}");
  } finally {
    fs.closeSync(fd);
  }
  return token;
}

export function loadPending(token: string): Pending | null {
  const file = fileOf(token);
  if (!file || !fs.existsSync(file)) return null;
  const pending = JSON.parse(fs.readFileSync(file, "utf8")) as Pending;
  return Date.now() - pending.createdAt > MAX_AGE_MS ? null : pending;
}

export function dropPending(token: string): void {
  const file = fileOf(token);
  if (file) fs.rmSync(file, { force: true });
}

function sweep(): void {
  for (const name of fs.readdirSync(dir())) {
    const file = path.join(dir(), name);
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > MAX_AGE_MS) fs.rmSync(file, { force: true });
    } catch {
      // Another request swept it first.
    }
  }
}
