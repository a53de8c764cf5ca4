"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useTransition } from "react";
import { useCatalog } from "@/components/catalog-context";
import { DEFAULT_FILTERS, type Filters } from "@/lib/filter-params";
import { filterChips } from "@/lib/filter-chips";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { useFilterNavigation } from "@/lib/hooks/use-filter-navigation";

/**
 * What is active, one chip per value, each removable in one click or keypress. After a removal
 * the focus moves to the next chip (or the bar), so a keyboard user can keep removing.
 */
/** `scoped`: the page is already about one district or supporter, so "no filter" is not "the whole area". */
export function FilterChips({ filters, scoped = false }: { filters: Filters; scoped?: boolean }) {
  const t = useTranslations("explore.chips");
  const locale = useAppLocale();
  const { names } = useCatalog();
  const go = useFilterNavigation();
  const [pending, startTransition] = useTransition();
  const chips = filterChips(filters, names, locale);
  const bar = useRef<HTMLElement>(null);
  const focusAfter = useRef<number | null>(null);
  const ids = chips.map((c) => c.id).join("|");

  useEffect(() => {
    const index = focusAfter.current;
    if (index === null || pending) return;
    focusAfter.current = null;
    const buttons = bar.current?.querySelectorAll<HTMLButtonElement>("[data-chip-remove]");
    const target = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
    (target ?? bar.current)?.focus();
  }, [ids, pending]);

  const remove = (next: Filters, index: number) => {
    focusAfter.current = index;
    startTransition(() => go(next));
  };

  return (
    <section ref={bar} tabIndex={-1} className="chip-bar" aria-label={t("heading")} aria-busy={pending} data-testid="chip-bar">
      <span className="chip-bar__label" aria-hidden="true">{t("heading")}</span>
      {chips.length === 0 ? (
        <span className="chip-bar__none">{t(scoped ? "noneScoped" : "none", { from: DEFAULT_FILTERS.yearFrom, to: DEFAULT_FILTERS.yearTo })}</span>
      ) : (
        <ul className="chip-bar__list">
          {chips.map((chip, i) => (
            <li key={chip.id} className="chip" data-testid={`chip-${chip.id}`}>
              <span className="chip__kind">{t(`kind.${chip.kind}`)}</span>
              <span className="chip__label">{chip.label}</span>
              <button type="button" className="chip__remove" data-chip-remove aria-label={t("remove", { kind: t(`kind.${chip.kind}`), label: chip.label })} onClick={() => remove(chip.without, i)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chips.length > 1 ? (
        <button type="button" className="button button--link chip-bar__clear" data-testid="chips-clear" onClick={() => remove(DEFAULT_FILTERS, 0)}>
          {t("clearAll")}
        </button>
      ) : null}
    </section>
  );
}
