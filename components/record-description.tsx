"use client";

import { useTranslations } from "next-intl";
import { DataText } from "@/components/data-text";
import { localized, type Locale } from "@/lib/i18n/config";
import type { RecordRow } from "@/lib/queries/record-select";
import { isSectorKey, SECTORS } from "@/lib/sectors";

/** What a record is: its own name (data: in English its English form, or the Chinese marked as the original), category and sector. */
export function RecordDescription({ record: r, locale }: { record: RecordRow; locale: Locale }) {
  const tc = useTranslations("categories");
  const tOriginal = useTranslations("officials.dataText");
  const category = tc.has(r.category) ? tc(r.category as "other") : r.category;
  const sector = r.sector && isSectorKey(r.sector) ? localized(SECTORS[r.sector], locale) : null;
  const rest = [category, sector].filter(Boolean).join(" · ");
  return (
    <>
      {r.title ? <DataText text={r.title} en={r.titleEn} locale={locale} originalLabel={tOriginal("original")} /> : null}
      {r.title && rest ? " · " : ""}
      {rest}
    </>
  );
}
