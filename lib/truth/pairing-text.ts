import { localized, type Locale } from "@/lib/i18n/config";

export type PairingBasis = { basis: string; basisZh: string | null; sinceYear: number | null; sinceNoteZh: string | null; sinceNoteEn: string | null };

/** What a pairing rests on, in the reader's language (the English basis when no Chinese one is on record). */
export function basisText(p: PairingBasis, locale: Locale): string {
  return localized({ zh: p.basisZh ?? p.basis, en: p.basis }, locale);
}

/** Why a pairing's start is unknown (or qualified), in the reader's language; null when the sources give it plainly. */
export function sinceNoteText(p: PairingBasis, locale: Locale): string | null {
  if (!p.sinceNoteZh && !p.sinceNoteEn) return null;
  return localized({ zh: p.sinceNoteZh ?? p.sinceNoteEn ?? "", en: p.sinceNoteEn ?? p.sinceNoteZh ?? "" }, locale);
}
