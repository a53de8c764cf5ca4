"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { formatInteger } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import type { RecordPage } from "@/lib/queries/records";

const PAGE_SIZES = [10, 25, 50, 100] as const;

type Props = { page: RecordPage; onPage: (page: number) => void; onPageSize: (size: number) => void };

/** Previous / next, where we are (announced politely), and how many rows a page holds. */
export function Pager({ page, onPage, onPageSize }: Props) {
  const t = useTranslations("explore.records.pager");
  const locale = useAppLocale();
  const sizeId = useId();
  const sizes = PAGE_SIZES.includes(page.pageSize as (typeof PAGE_SIZES)[number]) ? PAGE_SIZES : [...PAGE_SIZES, page.pageSize].sort((a, b) => a - b);
  return (
    <nav className="pager" aria-label={t("label")} data-testid="pager">
      <button type="button" className="button button--ghost" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)} data-testid="pager-prev">
        {t("previous")}
      </button>
      <p className="pager__status" aria-live="polite" data-testid="pager-status">
        {t("status", { page: page.page, pages: page.pages, total: formatInteger(page.total, locale) })}
      </p>
      <button type="button" className="button button--ghost" disabled={page.page >= page.pages} onClick={() => onPage(page.page + 1)} data-testid="pager-next">
        {t("next")}
      </button>
      <span className="pager__size">
        <label htmlFor={sizeId}>{t("pageSize")}</label>
        <select id={sizeId} value={page.pageSize} onChange={(e) => onPageSize(Number(e.target.value))} data-testid="pager-size">
          {sizes.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </span>
    </nav>
  );
}
