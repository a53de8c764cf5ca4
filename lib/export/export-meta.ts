import type { ChartTable } from "@/lib/chart-shapes";
import type { Note } from "./csv";

/**
 * Everything an export says about a chart. The frame fills it from what it already receives
 * (name, title, unit, demo flag, table, summary) and the view context (caption, slug, source,
 * as-of), so a chart supplies nothing extra to be exportable.
 */
export type ChartExportMeta = {
  name: string;
  title: string;
  unit: string;
  demo: boolean;
  summary: string;
  table: ChartTable;
  caption: string;
  slug: string;
  source: string;
  asOf: string;
  note?: string;
  /** Why nothing is drawn, when the frame shows a message instead of a chart (no data, not applicable, error). */
  unavailable?: string;
};

export type NoteKey = "title" | "filters" | "unit" | "source" | "asOf" | "summary" | "note" | "demo" | "generated";

/** The note rows of a chart export, in reading order; the demonstration note only when it applies. */
export function chartNotes(meta: ChartExportMeta, label: (key: NoteKey) => string, demoNote: string, generatedAt: string): Note[] {
  const notes: Note[] = [
    [label("title"), meta.title],
    [label("filters"), meta.caption],
    // The unit of the numbers written below: the table's (亿元 / "100m yuan") where it names one.
    [label("unit"), meta.table.unit ?? meta.unit],
    [label("source"), meta.source],
    [label("asOf"), meta.asOf],
  ];
  if (meta.summary) notes.push([label("summary"), meta.summary]);
  if (meta.note) notes.push([label("note"), meta.note]);
  if (meta.demo) notes.push([label("demo"), demoNote]);
  notes.push([label("generated"), generatedAt]);
  return notes;
}

/** "2025-03-01 14:05 (UTC+8)": when an export was made, in the program's time zone whatever the machine's. */
export function formatGeneratedAt(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} (UTC+8)`;
}
