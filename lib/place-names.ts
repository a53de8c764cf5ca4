import facts from "@/db/seed/data/facts.json";
import { localized, type Locale } from "./i18n/config";

/**
 * The one name table for every district and supporter, in both languages and both forms:
 * full (忠县 / Zhong County: headings, tables, sentences, filters) and short (忠县 / Zhong: the
 * river map's tiles, the flow diagram's sides, where a name must fit a small space). Both come
 * from db/seed/data/facts.json, which also seeds the database; every page, chart and export
 * names a place through this module, so one place never reads two ways in the same form.
 */
export type NameForm = "full" | "short";
export type PlaceNames = { zh: string; en: string; shortZh: string; shortEn: string };

const TABLE: ReadonlyMap<string, PlaceNames> = new Map(
  [...facts.districts, ...facts.supporters].map((p) => [p.code, { zh: p.zh, en: p.en, shortZh: p.short.zh, shortEn: p.short.en }] as const),
);

export function placeNames(code: string): PlaceNames | undefined {
  return TABLE.get(code);
}

/**
 * A place in the locale and form asked for. The full form is the row's own (the database is
 * seeded from the same file); the short form is the table's, or the full form for a place the
 * table does not know (added later).
 */
export function placeName(place: { code?: string; nameZh: string; nameEn: string }, locale: Locale, form: NameForm = "full"): string {
  const known = form === "short" && place.code ? TABLE.get(place.code) : undefined;
  if (!known) return localized({ zh: place.nameZh, en: place.nameEn }, locale);
  return localized({ zh: known.shortZh, en: known.shortEn }, locale);
}

/** The same by code alone; the code itself when the place is unknown. */
export function placeNameOf(code: string, locale: Locale, form: NameForm = "full"): string {
  const known = TABLE.get(code);
  return known ? placeName({ code, nameZh: known.zh, nameEn: known.en }, locale, form) : code;
}
