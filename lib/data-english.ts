import real from "@/db/seed/data/real-records.json";
import sources from "@/db/seed/data/sources.json";
import { demoNameEnglish } from "./demo-name-english";
import type { Locale } from "./i18n/config";

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

/** The text in the reader's language; `original` when English was asked for and only the Chinese exists. */
export function dataText(zh: string, locale: Locale): { text: string; original: boolean } {
  if (locale !== "en") return { text: zh, original: false };
  const en = TABLE.get(zh) ?? demoNameEnglish(zh);
  return en ? { text: en, original: false } : { text: zh, original: /[\u3400-\u9fff]/.test(zh) };
}
