"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

export type Option = { value: string; label: string; indent?: boolean; note?: string };

type Props = {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
  testId: string;
};

/** A labelled popover of checkboxes (native details/summary: keyboard and screen-reader friendly). */
export function MultiSelect({ label, options, selected, onChange, testId }: Props) {
  const t = useTranslations("filters");
  const ref = useRef<HTMLDetailsElement>(null);
  const id = useId();
  useEffect(() => {
    const close = (event: MouseEvent | KeyboardEvent) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !details.contains(event.target as Node)) details.open = false;
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
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <div className="filter-field">
      <span className="filter-field__label" id={`${id}-label`}>
        {label}
      </span>
      <details className="multi-select" ref={ref} data-testid={testId}>
        <summary className="multi-select__summary" aria-labelledby={`${id}-label ${id}-value`}>
          <span id={`${id}-value`}>{summary}</span>
        </summary>
        <div className="multi-select__panel" role="group" aria-labelledby={`${id}-label`}>
          {options.map((option) => (
            <label key={option.value} className={option.indent ? "multi-select__option multi-select__option--indent" : "multi-select__option"}>
              <input
                type="checkbox"
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
              <span>{option.label}</span>
              {option.note ? <span className="multi-select__note">{option.note}</span> : null}
            </label>
          ))}
          {selected.length > 0 ? (
            <button type="button" className="button button--link" onClick={() => onChange([])}>
              {t("clearOne")}
            </button>
          ) : null}
        </div>
      </details>
    </div>
  );
}
