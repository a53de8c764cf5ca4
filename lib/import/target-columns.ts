import zhTargets from "@/lib/i18n/messages/zh-CN/targets.json";
import enTargets from "@/lib/i18n/messages/en/targets.json";
import { METRIC_KEYS, METRICS, type MetricKey } from "../metrics";
import { TARGET_SCOPES, type TargetScope } from "../progress/target-scope";

/**
 * The targets sheet (目标 / Targets) of the import workbook: one plan target a row, read through
 * the single-target form's schema (lib/progress/target-input.ts). `field` is the schema's key.
 */
export const TARGET_SHEET = { zh: "目标", en: "Targets" } as const;

export type TargetColumn = { field: "scope" | "district" | "supporter" | "metric" | "periodFrom" | "periodTo" | "targetValue" | "baseline" | "profile" | "note"; header: { zh: string; en: string }; aliases: readonly string[]; required: boolean };

export const TARGET_COLUMNS: readonly TargetColumn[] = [
  { field: "scope", header: { zh: "范围", en: "Scope" }, aliases: ["目标范围", "scope"], required: true },
  { field: "district", header: { zh: "区县", en: "District" }, aliases: ["受援区县", "district"], required: false },
  { field: "supporter", header: { zh: "支援方", en: "Supporter" }, aliases: ["支援省市", "supporter"], required: false },
  { field: "metric", header: { zh: "指标", en: "Metric" }, aliases: ["metric"], required: true },
  { field: "periodFrom", header: { zh: "起始年份", en: "From" }, aliases: ["开始年份", "period from", "from"], required: true },
  { field: "periodTo", header: { zh: "结束年份", en: "To" }, aliases: ["截止年份", "period to", "to"], required: true },
  { field: "targetValue", header: { zh: "目标值（资金为万元）", en: "Target (funds in 10k yuan)" }, aliases: ["目标值", "目标", "target"], required: true },
  { field: "baseline", header: { zh: "基线值", en: "Baseline" }, aliases: ["基线", "baseline"], required: false },
  { field: "profile", header: { zh: "年度分解", en: "Yearly profile" }, aliases: ["年度分布", "profile"], required: false },
  { field: "note", header: { zh: "依据", en: "Basis" }, aliases: ["依据（文件名称、文号等）", "备注", "说明", "note", "basis"], required: true },
];

const norm = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** Scope and metric as people write them: the key, or its Chinese or English label. */
export function scopeOf(text: string): TargetScope | null {
  const t = norm(text);
  return TARGET_SCOPES.find((s) => t === s || t === norm(zhTargets.targetForm.scopes[s]) || t === norm(enTargets.targetForm.scopes[s])) ?? (t === "全程" || t === "全部" ? "program" : null);
}

export function metricOf(text: string): MetricKey | null {
  const t = norm(text);
  return METRIC_KEYS.find((m) => t === m || t === norm(METRICS[m].label.zh) || t === norm(METRICS[m].label.en)) ?? null;
}

export function isTargetSheetName(name: string): boolean {
  const t = norm(name);
  return t === norm(TARGET_SHEET.zh) || t === norm(TARGET_SHEET.en);
}

/** Column index → target field for a header row (null where a column is not one of ours). */
export function mapTargetHeaders(cells: readonly string[]): (TargetColumn | null)[] {
  return cells.map((cell) => {
    const t = norm(cell);
    if (!t) return null;
    return TARGET_COLUMNS.find((c) => [c.header.zh, c.header.en, ...c.aliases].some((h) => norm(h) === t || norm(h.replace(/[（(].*[)）]$/u, "")) === t)) ?? null;
  });
}
