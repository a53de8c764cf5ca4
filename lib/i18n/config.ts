export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** Picks the zh or en member of a bilingual label (registry, sectors, names from the database). */
export function localized(label: { zh: string; en: string }, locale: Locale): string {
  return locale === "en" ? label.en : label.zh;
}
