import "server-only";
import { createTranslator } from "next-intl";
import type { Db } from "@/db/client";
import { formatMetricValue, metricUnit } from "@/lib/format";
import { catalogNames, describeFilters } from "@/lib/describe";
import type { Filters } from "@/lib/filters";
import { localized, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { METRICS, type MetricKey } from "@/lib/metrics";
import { PROGRAM } from "@/lib/program";
import { getCatalog } from "@/lib/queries/catalog";
import { getSources } from "@/lib/queries/dataset";
import { getTotals } from "@/lib/queries/totals";
import type { Note } from "./csv";
import { formatGeneratedAt } from "./export-meta";
import type { RecordText } from "./record-columns";

/** The words of a record export in one language: column names, categories, origins, sheet names. */
export function recordText(locale: Locale): RecordText & { sheet: (key: "dataSheet" | "notesSheet") => string } {
  const messages = loadMessages(locale);
  const columns = createTranslator({ locale, messages, namespace: "exports.records.columns" });
  const categories = createTranslator({ locale, messages, namespace: "categories" });
  const demo = createTranslator({ locale, messages, namespace: "demo" });
  const notes = createTranslator({ locale, messages, namespace: "exports.notes" });
  const joint = createTranslator({ locale, messages, namespace: "truth.joint" });
  return {
    column: (key, values) => (key === "partners" ? joint("column") : columns(key, values)),
    category: (key) => (categories.has(key as "other") ? categories(key as "other") : key),
    origin: (isDemo) => (isDemo ? demo("badge") : demo("realBadge")),
    sheet: (key) => notes(key),
  };
}

/** What leads a record export: title, filters in words, search, count, unit, sources, as-of, demonstration note. */
export function recordNotes(db: Db, filters: Filters, metric: MetricKey, q: string, count: number, locale: Locale, now = new Date()): Note[] {
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "exports" });
  const caption = createTranslator({ locale, messages, namespace: "filters.caption" });
  const frame = createTranslator({ locale, messages, namespace: "frame" });
  const catalog = getCatalog(db);
  const article = getSources(db).find((s) => s.id === PROGRAM.headlineSourceId);
  const total = getTotals(db, filters).find((x) => x.metric === metric);
  const hasDemo = (total?.demo ?? 0) > 0;
  const metricLabel = localized(METRICS[metric].label, locale);
  const notes: Note[] = [
    [t("notes.title"), t("records.title", { metric: metricLabel })],
    [t("notes.filters"), describeFilters(filters, catalogNames(catalog), locale, (k, v) => caption(k, v))],
  ];
  if (q) notes.push([t("notes.search"), q]);
  notes.push(
    [t("notes.count"), String(count)],
    [t("notes.unit"), localized(METRICS[metric].storedUnit, locale)],
    [t("notes.source"), article ? frame("sourceLine", { article: localized({ zh: article.titleZh, en: article.titleEn }, locale), date: article.publishedOn ?? "" }) : ""],
    [t("notes.origin"), t("notes.originNote")],
    [t("notes.asOf"), PROGRAM.asOfDate],
  );
  // The multi-year rule, stated where it changed the file: records a narrowed range leaves out.
  if ((total?.leftOut ?? 0) > 0) {
    const tm = createTranslator({ locale, messages, namespace: "officials.exportNotes" });
    notes.push([tm("multiYear"), tm("multiYearText", { value: formatMetricValue(metric, total!.leftOut, locale), unit: metricUnit(metric, locale) })]);
  }
  if (hasDemo) notes.push([t("notes.demo"), frame("demoNote")]);
  notes.push([t("notes.generated"), formatGeneratedAt(now)]);
  return notes;
}
