import type { ChartTable } from "@/lib/chart-shapes";
import { formatMetricValue, formatShare, metricLabel, metricUnit, parenthetical } from "@/lib/format";
import { localized, type Locale } from "@/lib/i18n/config";
import { METRICS } from "@/lib/metrics";
import type { MetricTotal } from "@/lib/queries/totals";
import type { Drawing } from "./pdf-vector";
import { glyphsNeeded } from "./svg-compose";

/**
 * What the briefing PDF says, as blocks in reading order; the PDF renderer only lays them out.
 * Pure, so the content (which figures, which notes, which sources) is tested without a PDF.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; tone?: "muted" | "demo" }
  | { kind: "table"; columns: string[]; rows: string[][]; numeric: boolean[] }
  /** A chart as the browser laid it out (CSS pixels), drawn as vector graphics with real text. */
  | ({ kind: "drawing" } & Drawing)
  /** The view's address as a QR code, with its caption and the address in words. */
  | { kind: "qr"; url: string; caption: string };

export type BriefingChart = { title: string; summary: string; unavailable?: string; table: ChartTable; drawing: Drawing | null };
export type BriefingSource = { titleZh: string; titleEn: string; publishedOn: string | null; isDemo: boolean };
export type BriefingDataset = { generator: string; seed: number; loadedAt: string };

export type BriefingInput = {
  locale: Locale;
  caption: string;
  source: string;
  asOf: string;
  generatedAt: string;
  unfiltered: boolean;
  totals: MetricTotal[];
  charts: BriefingChart[];
  sources: BriefingSource[];
  dataset: BriefingDataset | null;
  /** The address of the view the briefing was made from: on every page, and as a QR code. */
  viewUrl?: string;
};

export type BriefingKey =
  | "title" | "filters" | "generated" | "kpiHeading" | "kpiMetric" | "kpiValue" | "kpiDemo" | "kpiPublished" | "kpiLeftOut"
  | "notApplicable" | "sourcesHeading" | "demoSource" | "dataset" | "tableOf" | "page";

export type BriefingText = {
  t: (key: BriefingKey, values?: Record<string, string | number>) => string;
  /** frame.source / frame.asOf / frame.demoNote and demo.banner from the core messages. */
  sourceLine: (source: string) => string;
  asOfLine: (date: string) => string;
  demoNote: string;
  demoBanner: string;
  demoLabel: string;
  /** "在线查看：" before the address; the QR code's caption. */
  viewUrlLabel?: string;
  qrCaption?: string;
};

/** runningHeader tops every page; footer sits at the foot of every page beside the page number. */
export type Briefing = { title: string; runningHeader: string; footer: string; blocks: Block[]; demo: boolean; viewUrl: string };

function kpiTable(input: BriefingInput, text: BriefingText): Block {
  const { t } = text;
  const columns = [t("kpiMetric"), t("kpiValue"), t("kpiDemo"), ...(input.unfiltered ? [t("kpiPublished")] : [])];
  const rows = input.totals.map((total) => {
    const label = metricLabel(total.metric, input.locale);
    if (!total.applicable) return [label, t("notApplicable"), "", ...(input.unfiltered ? [""] : [])];
    return [
      label,
      `${formatMetricValue(total.metric, total.value, input.locale)} ${metricUnit(total.metric, input.locale)}`,
      total.demo > 0 ? formatShare(total.demo, total.value, input.locale) : "—",
      ...(input.unfiltered ? [localized(METRICS[total.metric].publishedAs, input.locale)] : []),
    ];
  });
  return { kind: "table", columns, rows, numeric: columns.map((_, i) => i === 1 || i === 2) };
}

function tableBlock(table: ChartTable, locale: Locale): Block {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: table.decimals ?? 2 });
  const rows = table.rows.map((row) => row.map((cell) => (typeof cell === "number" ? number.format(cell) : cell)));
  return { kind: "table", columns: table.columns, rows, numeric: table.columns.map((_, i) => i > 0) };
}

export function briefingContent(input: BriefingInput, text: BriefingText): Briefing {
  const { t } = text;
  const demo = input.totals.some((x) => x.demo > 0);
  const blocks: Block[] = [
    { kind: "title", text: t("title") },
    { kind: "paragraph", text: t("filters", { caption: input.caption }) },
    { kind: "paragraph", text: `${t("generated", { time: input.generatedAt })} · ${text.asOfLine(input.asOf)}`, tone: "muted" },
  ];
  if (input.viewUrl) blocks.push({ kind: "qr", url: input.viewUrl, caption: `${text.qrCaption ?? ""} ${input.viewUrl}`.trim() });
  if (demo) blocks.push({ kind: "paragraph", text: text.demoBanner, tone: "demo" });
  blocks.push({ kind: "heading", text: t("kpiHeading") }, kpiTable(input, text));
  for (const total of input.totals.filter((x) => x.leftOut > 0)) {
    const values = { metric: metricLabel(total.metric, input.locale), value: formatMetricValue(total.metric, total.leftOut, input.locale), unit: metricUnit(total.metric, input.locale) };
    blocks.push({ kind: "paragraph", text: t("kpiLeftOut", values), tone: "muted" });
  }
  blocks.push({ kind: "paragraph", text: text.sourceLine(input.source), tone: "muted" });

  for (const chart of input.charts) {
    // The drawing carries its own title, filters, unit, source and demonstration note.
    if (chart.drawing) blocks.push({ kind: "drawing", ...chart.drawing });
    else {
      // Not drawn: the frame's reason (no data, not applicable), or its table when the table view is on.
      if (chart.unavailable) {
        blocks.push({ kind: "heading", text: chart.title }, { kind: "paragraph", text: chart.unavailable, tone: "muted" });
        continue;
      }
      blocks.push({ kind: "heading", text: t("tableOf", { title: chart.title }) });
      if (chart.table.rows.length) blocks.push(tableBlock(chart.table, input.locale));
      blocks.push({ kind: "paragraph", text: chart.summary, tone: "muted" });
    }
  }

  blocks.push({ kind: "heading", text: t("sourcesHeading") });
  for (const s of input.sources) {
    const title = localized({ zh: s.titleZh, en: s.titleEn }, input.locale);
    blocks.push({ kind: "paragraph", text: `• ${title}${s.publishedOn ? parenthetical(s.publishedOn, input.locale) : ""}${s.isDemo ? t("demoSource") : ""}` });
  }
  if (input.dataset) {
    blocks.push({ kind: "paragraph", text: t("dataset", { generator: input.dataset.generator, seed: input.dataset.seed, loadedAt: input.dataset.loadedAt.slice(0, 10) }), tone: "muted" });
  }
  if (demo) blocks.push({ kind: "paragraph", text: text.demoNote, tone: "demo" });

  const footer = [t("generated", { time: input.generatedAt }), demo ? text.demoLabel : ""].filter(Boolean).join(" · ");
  const viewUrl = input.viewUrl ? `${text.viewUrlLabel ?? ""}${input.viewUrl}` : "";
  return { title: t("title"), runningHeader: `${t("title")} · ${input.caption}`, footer, blocks, demo, viewUrl };
}

/** Every character the PDF will draw, by weight, so one font subset request per weight covers it. */
export function briefingGlyphs(briefing: Briefing, pageLabel: string): { regular: string; bold: string } {
  const regular: string[] = [briefing.runningHeader, briefing.footer, briefing.viewUrl, pageLabel, "0123456789"];
  const bold: string[] = [];
  for (const block of briefing.blocks) {
    if (block.kind === "title" || block.kind === "heading") bold.push(block.text);
    else if (block.kind === "paragraph") regular.push(block.text);
    else if (block.kind === "qr") regular.push(block.caption);
    else if (block.kind === "drawing") {
      const chart = glyphsNeeded(block.primitives);
      regular.push(chart[400]);
      bold.push(chart[700]);
    }
    else if (block.kind === "table") {
      bold.push(...block.columns);
      regular.push(...block.rows.flat());
    }
  }
  return { regular: [...new Set(regular.join(""))].join(""), bold: [...new Set(bold.join(""))].join("") };
}
