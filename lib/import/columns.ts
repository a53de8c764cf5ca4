import { EXCHANGE_DIRECTIONS, FUND_KINDS, PROJECT_STATUSES, SCHOOL_LEVELS, TRAINING_KINDS } from "@/db/schema";
import type { MetricKey } from "../metrics";
import { SECTOR_KEYS, SECTORS } from "../sectors";

/**
 * The columns of each metric's sheet: the template, the import and the single-record form all
 * read them from here. `field` is the record's property (db/schema.ts); the header is Chinese
 * with the unit, and English or short spellings are accepted too.
 */
export type ColumnKind =
  | { type: "district" }
  | { type: "supporter" }
  | { type: "year" }
  | { type: "money"; optional?: boolean; /** above this (万元) a value looks like 元 typed in a 万元 column */ warnAbove: number; warnBelow?: number }
  | { type: "count"; unitWords: readonly string[]; defaultValue?: number; warnAbove: number }
  | { type: "text"; optional?: boolean; maxLength: number }
  | { type: "choice"; values: readonly string[]; optional?: boolean; defaultValue?: string }
  | { type: "sector" };

export type ColumnDef = { field: string; header: { zh: string; en: string }; aliases: readonly string[]; kind: ColumnKind };

const district: ColumnDef = { field: "districtCode", header: { zh: "区县", en: "District" }, aliases: ["区县名称", "区县代码", "受援区县", "district"], kind: { type: "district" } };
const supporter: ColumnDef = { field: "supporterCode", header: { zh: "支援方", en: "Supporter" }, aliases: ["支援省市", "对口支援方", "supporter"], kind: { type: "supporter" } };
const year: ColumnDef = { field: "year", header: { zh: "年份", en: "Year" }, aliases: ["年度", "year"], kind: { type: "year" } };
const note: ColumnDef = { field: "note", header: { zh: "备注", en: "Note" }, aliases: ["说明", "note"], kind: { type: "text", optional: true, maxLength: 500 } };
const sector: ColumnDef = { field: "sector", header: { zh: "行业", en: "Sector" }, aliases: ["领域", "sector"], kind: { type: "sector" } };

export const METRIC_COLUMNS: Record<MetricKey, readonly ColumnDef[]> = {
  funds: [
    district, supporter, year,
    { field: "amountWan", header: { zh: "金额（万元）", en: "Amount (10k yuan)" }, aliases: ["金额", "资金（万元）", "amount"], kind: { type: "money", warnAbove: 2_000_000, warnBelow: 10 } },
    { field: "kind", header: { zh: "资金类别", en: "Kind" }, aliases: ["类别", "kind"], kind: { type: "choice", values: FUND_KINDS, defaultValue: "other" } },
    sector, note,
  ],
  projects: [
    district, supporter, year,
    { field: "name", header: { zh: "项目名称", en: "Project name" }, aliases: ["项目", "name"], kind: { type: "text", maxLength: 200 } },
    { field: "quantity", header: { zh: "项目数（个）", en: "Projects" }, aliases: ["项目数", "quantity"], kind: { type: "count", unitWords: ["个", "项"], defaultValue: 1, warnAbove: 500 } },
    { field: "investmentWan", header: { zh: "投资额（万元）", en: "Investment (10k yuan)" }, aliases: ["投资额", "investment"], kind: { type: "money", warnAbove: 5_000_000 } },
    { field: "status", header: { zh: "项目状态", en: "Status" }, aliases: ["状态", "status"], kind: { type: "choice", values: PROJECT_STATUSES, defaultValue: "signed" } },
    sector, note,
  ],
  trained: [
    district, supporter, year,
    { field: "programme", header: { zh: "培训项目", en: "Programme" }, aliases: ["培训班", "programme"], kind: { type: "text", maxLength: 200 } },
    { field: "kind", header: { zh: "培训类别", en: "Kind" }, aliases: ["类别", "kind"], kind: { type: "choice", values: TRAINING_KINDS, defaultValue: "various" } },
    { field: "participants", header: { zh: "培训人次（人次）", en: "Participants (person-times)" }, aliases: ["培训人次", "人次", "participants"], kind: { type: "count", unitWords: ["人次", "人"], warnAbove: 20_000 } },
    note,
  ],
  schools: [
    district, supporter, year,
    { field: "name", header: { zh: "学校名称", en: "School name" }, aliases: ["学校", "name"], kind: { type: "text", maxLength: 200 } },
    { field: "level", header: { zh: "学段", en: "Level" }, aliases: ["学校类型", "level"], kind: { type: "choice", values: SCHOOL_LEVELS, defaultValue: "unspecified" } },
    { field: "quantity", header: { zh: "学校数（所）", en: "Schools" }, aliases: ["学校数", "quantity"], kind: { type: "count", unitWords: ["所"], defaultValue: 1, warnAbove: 50 } },
    { field: "investmentWan", header: { zh: "投资额（万元）", en: "Investment (10k yuan)" }, aliases: ["投资额", "investment"], kind: { type: "money", optional: true, warnAbove: 500_000 } },
    note,
  ],
  cadres: [
    district, supporter, year,
    { field: "direction", header: { zh: "交流方向", en: "Direction" }, aliases: ["方向", "direction"], kind: { type: "choice", values: EXCHANGE_DIRECTIONS, defaultValue: "to_district" } },
    { field: "persons", header: { zh: "交流人次（人次）", en: "Persons (person-times)" }, aliases: ["交流人次", "人次", "persons"], kind: { type: "count", unitWords: ["人次", "人"], warnAbove: 500 } },
    note,
  ],
};

/**
 * How an uploaded row is matched to a record already stored ("changed" rather than "new"): the
 * same district, supporter, year and these fields. Written out in the template's instructions.
 */
export const NATURAL_KEY: Record<MetricKey, readonly string[]> = {
  funds: ["districtCode", "supporterCode", "year", "kind", "sector"],
  projects: ["districtCode", "supporterCode", "year", "name"],
  trained: ["districtCode", "supporterCode", "year", "programme"],
  schools: ["districtCode", "supporterCode", "year", "name"],
  cadres: ["districtCode", "supporterCode", "year", "direction"],
};

/** The field each metric counts (lib/metrics.ts `valueColumn`). */
export const VALUE_FIELD: Record<MetricKey, string> = { funds: "amountWan", projects: "quantity", trained: "participants", schools: "quantity", cadres: "persons" };

/** Sheet names of the template workbook; an XLSX sheet is read as the metric its name or headers say. */
export const SHEET_NAMES: Record<MetricKey, { zh: string; en: string }> = {
  funds: { zh: "引入资金", en: "funds" },
  projects: { zh: "产业合作项目", en: "projects" },
  trained: { zh: "培训人才", en: "trained" },
  schools: { zh: "援建学校", en: "schools" },
  cadres: { zh: "交流干部", en: "cadres" },
};

export function sectorLabelToKey(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  for (const key of SECTOR_KEYS) {
    const s = SECTORS[key];
    if (t === key || t === s.zh.normalize("NFKC") || t === s.zh || t.toLowerCase() === s.en.toLowerCase()) return key;
  }
  return null;
}
