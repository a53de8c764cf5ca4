"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { ChartExportMeta } from "@/lib/export/export-meta";
import { prewarmFonts } from "@/lib/export/font-client";
import { IMAGE_ACTIONS, runChartAction, type ActionResult, type ChartAction } from "./chart-actions";
import { useExportText } from "./use-export-text";

type Props = {
  title: string;
  imageReady: boolean;
  /** Read at the moment of export: the frame element and what it currently shows. */
  target: () => { element: HTMLElement | null; meta: ChartExportMeta };
  onResult: (result: ActionResult | "working") => void;
};

type Item = { key: string; label: string; action: ChartAction; group: "image" | "data" };

/**
 * The export menu of a chart frame, as a WAI-ARIA menu button: Enter, Space or ↓ opens it on
 * the first item, ↑ on the last; ↑/↓ move, Home/End jump, Escape closes and returns to the
 * button, Tab closes. Image items are marked unavailable (with the reason) while no chart is drawn.
 */
export function ExportMenu({ title, imageReady, target, onResult }: Props) {
  const t = useTranslations("exports");
  const text = useExportText();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const hintId = useId();

  const items: Item[] = [
    { key: "png2", label: t("menu.pngDefault"), action: { kind: "png", ratio: 2 }, group: "image" },
    { key: "png1", label: t("menu.png", { ratio: 1 }), action: { kind: "png", ratio: 1 }, group: "image" },
    { key: "png3", label: t("menu.png", { ratio: 3 }), action: { kind: "png", ratio: 3 }, group: "image" },
    { key: "svg", label: t("menu.svg"), action: { kind: "svg" }, group: "image" },
    { key: "copy", label: t("menu.copy"), action: { kind: "copy" }, group: "image" },
    { key: "csv", label: t("menu.csv"), action: { kind: "csv" }, group: "data" },
    { key: "xlsx", label: t("menu.xlsx"), action: { kind: "xlsx" }, group: "data" },
  ];

  const focusItem = (index: number) => itemRefs.current[(index + items.length) % items.length]?.focus();
  const openAt = (index: number) => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(index));
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const run = async (item: Item) => {
    if (busy || (IMAGE_ACTIONS.has(item.action.kind) && !imageReady)) return;
    close(true);
    const { element, meta } = target();
    if (!element) return;
    setBusy(true);
    onResult("working");
    const result = await runChartAction(item.action, element, meta, text, (key, values) => t(`status.${key}`, values));
    setBusy(false);
    onResult(result);
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openAt(0);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const index = itemRefs.current.findIndex((el) => el === document.activeElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  };

  const group = (name: Item["group"]) => (
    <div role="group" aria-label={t(name === "image" ? "menu.imageGroup" : "menu.dataGroup")}>
      {items.map((item, index) =>
        item.group !== name ? null : (
          <button
            key={item.key}
            ref={(el) => {
              itemRefs.current[index] = el;
            }}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="export-menu__item"
            aria-disabled={name === "image" && !imageReady ? true : undefined}
            aria-describedby={name === "image" && !imageReady ? hintId : undefined}
            data-testid={`export-${item.key}`}
            onClick={() => void run(item)}
          >
            {item.label}
          </button>
        ),
      )}
    </div>
  );

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t("menu.label", { title })}
        aria-busy={busy}
        disabled={busy}
        data-testid="export-menu-button"
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
        onPointerEnter={() => prewarmFonts(target().element?.textContent ?? "")}
        onFocus={() => prewarmFonts(target().element?.textContent ?? "")}
      >
        {busy ? t("status.working") : t("menu.button")} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="export-menu__popover">
          <div id={menuId} role="menu" aria-label={t("menu.label", { title })} className="export-menu__list" onKeyDown={onMenuKey} data-testid="export-menu">
            {group("image")}
            <div role="separator" className="export-menu__separator" />
            {group("data")}
          </div>
          {!imageReady ? <p id={hintId} className="export-menu__hint">{t("menu.imageUnavailable")}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
