import "server-only";
import real from "@/db/seed/data/real-records.json";
import sources from "@/db/seed/data/sources.json";
import { demoNameEnglish } from "./demo-name-english";

/**
 * English forms of the data's Chinese text (source notes, real record names and notes,
 * sub-pairing units and notes), as the seed data files give them beside the Chinese. Looked up
 * by the Chinese text, so a page needs no extra column; demonstration record names are read back
 * from the words the seed made them of (lib/demo-name-english.ts); text with no English form (a record name
 * imported from a district's spreadsheet) is shown in Chinese, marked as the original.
 */
const TABLE = new Map<string, string>();

const PAIRS = [
  ["note", "noteEn"],
  ["name", "nameEn"],
  ["programme", "programmeEn"],
  ["supportingUnit", "supportingUnitEn"],
  ["supportingParent", "supportingParentEn"],
  ["receivingUnit", "receivingUnitEn"],
] as const;

for (const list of [real.funds, real.projects, real.trainings, real.schools, real.cadres, real.subPairings]) {
  for (const item of list as readonly Record<string, unknown>[]) {
    for (const [zh, en] of PAIRS) {
      if (typeof item[zh] === "string" && typeof item[en] === "string") TABLE.set(item[zh], item[en]);
    }
  }
}
for (const s of sources as readonly { note?: string | null; noteEn?: string | null }[]) {
  if (s.note && s.noteEn) TABLE.set(s.note, s.noteEn);
}

export function dataEnglish(zh: string): string | undefined {
  return TABLE.get(zh);
}

/**
 * The English form of a text from the data, or null. Server only: the table is built from the seed's
 * data files (about 28 KB gzipped), so rows sent to the browser carry their English beside the
 * Chinese (record-select.ts, `titleEn`, `noteEn`) and components/data-text.tsx only chooses.
 */
export function englishOf(zh: string): string | null {
  return TABLE.get(zh) ?? demoNameEnglish(zh) ?? null;
}
