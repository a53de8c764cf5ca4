"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { useView } from "@/components/view-context";
import type { BriefingDataset, BriefingSource, BriefingText } from "@/lib/export/briefing-content";
import type { BriefingStep } from "@/lib/export/briefing";
import { ChartExportError } from "@/lib/export/export-errors";
import { saveBlob } from "@/lib/export/download";
import { formatGeneratedAt } from "@/lib/export/export-meta";
import { prewarmFonts } from "@/lib/export/font-client";
import { drawChartsIn } from "@/lib/charts/draw-queue";
import { registeredCharts } from "@/lib/export/registry";
import { isFiltered } from "@/lib/filter-params";
import { fetchApi } from "@/lib/hooks/api-fetch";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import type { MetricTotal } from "@/lib/queries/totals";
import { describeExportError } from "./chart-actions";
import { timed, useExportTestHook } from "./export-test-hook";
import { useExportText } from "./use-export-text";

type Props = { sources: BriefingSource[]; dataset: BriefingDataset | null };
type Status = { kind: "idle" } | { kind: "working"; text: string; value: number; max: number } | { kind: "done" | "error"; text: string };

/**
 * Exports of the whole view: the briefing PDF, every chart in a ZIP, and printing. Shows each
 * step while it works; a failure says what failed and leaves the page as it was.
 */
export function BriefingControls({ sources, dataset }: Props) {
  const t = useTranslations("exports.briefing");
  const tStatus = useTranslations("exports.status");
  const frame = useTranslations("frame");
  const tv = useTranslations("officials.exports");
  const demo = useTranslations("demo");
  const view = useView();
  const locale = useAppLocale();
  const exportText = useExportText();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // Stamped just before printing (flushSync: the print is laid out right after the event), not at
  // render: a cached page's render time is not the print time, and the first time-zone format costs
  // a phone about 0.1 s of main thread while the page starts.
  const [printedAt, setPrintedAt] = useState<string | null>(null);

  useEffect(() => {
    const stamp = () => flushSync(() => setPrintedAt(formatGeneratedAt(new Date())));
    window.addEventListener("beforeprint", stamp);
    return () => window.removeEventListener("beforeprint", stamp);
  }, []);

  const briefingText: BriefingText = {
    t: (key, values) => t(key, values),
    sourceLine: (source) => frame("source", { source }),
    asOfLine: (date) => frame("asOf", { date }),
    demoNote: frame("demoNote"),
    demoBanner: demo("banner"),
    demoLabel: frame("demoLabel"),
    viewUrlLabel: `${tv("viewUrl")} `,
    qrCaption: tv("qrCaption"),
  };

  const onStep = (s: BriefingStep, count: number) => {
    const text =
      s.step === "chart" ? t("stepChart", { index: s.index, count: s.count, title: s.title }) : t(s.step === "fonts" ? "stepFonts" : s.step === "pdf" ? "stepPdf" : "stepZip");
    const value = s.step === "chart" ? s.index - 1 : count + (s.step === "fonts" ? 0.3 : 0.6);
    setStatus({ kind: "working", text: t("progress", { step: text }), value, max: count + 1 });
  };

  const charts = async () => {
    // Charts not yet scrolled near are drawn first: the briefing holds every chart of the view.
    await drawChartsIn();
    const list = registeredCharts();
    if (!list.length) throw new Error(t("noCharts"));
    return list;
  };

  const makePdf = async () => {
    const list = await charts();
    const { buildBriefingPdf } = await import("@/lib/export/briefing");
    const { data: totals } = await fetchApi<{ data: MetricTotal[] }>("/api/totals", view.filters, {});
    return buildBriefingPdf({
      charts: list,
      exportText,
      briefingText,
      base: { locale, caption: view.caption, source: view.source, asOf: view.asOf, generatedAt: formatGeneratedAt(new Date()), unfiltered: !isFiltered(view.filters), viewUrl: window.location.href, totals, sources, dataset },
      slug: view.slug,
      pageLabel: (page, pages) => t("page", { page, pages }),
      onStep: (s) => onStep(s, list.length),
    });
  };

  const makeZip = async () => {
    const list = await charts();
    const { buildChartsZip } = await import("@/lib/export/briefing");
    return buildChartsZip({ charts: list, exportText, slug: view.slug, onStep: (s) => onStep(s, list.length) });
  };

  const run = async (work: () => Promise<{ blob: Blob; fileName: string; done: string }>) => {
    setStatus({ kind: "working", text: t("progress", { step: t("stepFonts") }), value: 0, max: 1 });
    try {
      const { blob, fileName, done } = await work();
      saveBlob(blob, fileName);
      setStatus({ kind: "done", text: done });
    } catch (error) {
      const message =
        error instanceof ChartExportError
          ? t("chartFailed", { title: error.title, message: describeExportError(error.cause, (key, values) => tStatus(key, values)) })
          : describeExportError(error, (key, values) => tStatus(key, values));
      setStatus({ kind: "error", text: t("failed", { message }) });
    }
  };

  useExportTestHook({
    charts: () => registeredCharts().map((c) => c.meta().name),
    chartPng: async (name, ratio) => {
      const chart = registeredCharts().find((c) => c.meta().name === name);
      const element = chart?.element();
      if (!chart || !element) throw new Error(`no chart ${name}`);
      await drawChartsIn(element);
      const { chartPng } = await import("@/lib/export/chart-export");
      return timed(async () => {
        const png = await chartPng(element, chart.meta(), exportText, ratio);
        return { width: png.width, height: png.height, size: png.blob.size };
      });
    },
    briefing: () => timed(async () => makePdf().then((r) => ({ pages: r.pages, size: r.blob.size }))),
    zip: () => timed(async () => makeZip().then((r) => ({ size: r.blob.size }))),
  });

  const working = status.kind === "working";
  return (
    <section
      className="briefing-bar"
      aria-labelledby="briefing-heading"
      data-testid="briefing-bar"
      onPointerEnter={() => prewarmFonts(document.querySelector("main")?.textContent ?? "")}
      onFocus={() => prewarmFonts(document.querySelector("main")?.textContent ?? "")}
    >
      <h2 id="briefing-heading" className="briefing-bar__heading">{t("heading")}</h2>
      <button type="button" className="button" disabled={working} data-testid="briefing-pdf"
        onClick={() => void run(async () => makePdf().then((r) => ({ ...r, done: t("done", { file: r.fileName, pages: r.pages }) })))}>
        {t("pdf")}
      </button>
      <button type="button" className="button button--ghost" disabled={working} data-testid="briefing-zip"
        onClick={() => void run(async () => makeZip().then((r) => ({ ...r, done: t("zipDone", { file: r.fileName, count: r.count }) })))}>
        {t("zip")}
      </button>
      <button type="button" className="button button--ghost" disabled={working} onClick={() => void drawChartsIn().then(() => window.print())} data-testid="briefing-print">
        {t("print")}
      </button>
      <p className="briefing-bar__hint">{t("hint")}</p>
      <p className={`briefing-bar__status${status.kind === "error" ? " briefing-bar__status--error" : ""}`} role="status" aria-live="polite" data-testid="briefing-status">
        {status.kind === "working" ? <progress value={status.value} max={status.max} aria-label={status.text} /> : null}
        {status.kind === "idle" ? null : <span>{status.text}</span>}
      </p>
      <p className="print-only print-caption">{printedAt ? t("printCaption", { time: printedAt, caption: view.caption }) : view.caption}</p>
    </section>
  );
}
