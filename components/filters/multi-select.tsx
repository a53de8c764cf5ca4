"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/** `implied`: counted because a chosen entry covers it (a province's city); shown ticked, not choosable. */
export type Option = { value: string; label: string; indent?: boolean; note?: string; implied?: string };

/** Long lists (23 supporters, 14 districts) get a search field. */
const SEARCH_FROM = 8;

type Props = {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
  testId: string;
  /** Extra controls under the list (e.g. the 含下属城市 switch). */
  footer?: ReactNode;
};

/** A labelled popover of checkboxes (native details/summary: keyboard and screen-reader friendly). */
export function MultiSelect({ label, options, selected, onChange, testId, footer }: Props) {
  const t = useTranslations("filters");
  const ts = useTranslations("officials.search");
  const ref = useRef<HTMLDetailsElement>(null);
  const id = useId();
  const [query, setQuery] = useState("");
  // The options are drawn only while the panel is open: closed, they are ~200 elements that every
  // page would send, lay out and hydrate for nothing (native <details> keeps its own open state).
  const [open, setOpen] = useState(false);
  useEffect(() => {
    // A pick keeps the panel open (several can be ticked in a row); Esc or a click outside closes
    // it, and Esc puts the focus back on the field so the keyboard user is where they started.
    const close = (event: MouseEvent | KeyboardEvent) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector<HTMLElement>("summary")?.focus();
      } else if (!details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  const summary =
    selected.length === 0
      ? t("all")
      : selected.length <= 2
        ? selected.map((v) => options.find((o) => o.value === v)?.label ?? v).join(t("listSeparator"))
        : t("selected", { count: selected.length });
  const needle = query.trim().toLowerCase();
  const shown = needle ? options.filter((o) => o.label.toLowerCase().includes(needle) || o.value.includes(needle)) : options;
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <div className="filter-field">
      <span className="filter-field__label" id={`${id}-label`}>
        {label}
      </span>
      <details className="multi-select" ref={ref} data-testid={testId} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="multi-select__summary" aria-labelledby={`${id}-label ${id}-value`}>
          <span id={`${id}-value`}>{summary}</span>
        </summary>
        <div className="multi-select__panel" role="group" aria-labelledby={`${id}-label`}>
          {open ? (
            <>
              {options.length >= SEARCH_FROM ? (
                <input
                  type="search"
                  className="multi-select__search"
                  value={query}
                  placeholder={ts("placeholder")}
                  aria-label={ts("label", { field: label })}
                  data-testid={`${testId}-search`}
                  onChange={(e) => setQuery(e.target.value)}
                />
              ) : null}
              {shown.length === 0 ? <p className="multi-select__empty">{ts("none")}</p> : null}
              {shown.map((option) => (
                <label key={option.value} className={option.indent ? "multi-select__option multi-select__option--indent" : "multi-select__option"}>
                  <input
                    type="checkbox"
                    value={option.value}
                    checked={selected.includes(option.value) || option.implied !== undefined}
                    disabled={option.implied !== undefined && !selected.includes(option.value)}
                    onChange={(e) => toggle(option.value, e.target.checked)}
                  />
                  <span>{option.label}</span>
                  {option.note ? <span className="multi-select__note">{option.note}</span> : null}
                  {option.implied ? <span className="multi-select__note">{option.implied}</span> : null}
                </label>
              ))}
              {footer}
              {selected.length > 0 ? (
                <button type="button" className="button button--link" onClick={() => onChange([])}>
                  {t("clearOne")}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
      </details>
    </div>
  );
}
