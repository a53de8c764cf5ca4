import "server-only";
import ExcelJS from "exceljs";
import zhCore from "@/lib/i18n/messages/zh-CN/core.json";
import { METRIC_KEYS, METRICS } from "@/lib/metrics";
import { SECTOR_KEYS, SECTORS } from "@/lib/sectors";
import { METRIC_COLUMNS, NATURAL_KEY, SHEET_NAMES, type ColumnDef } from "../columns";
import type { ReferenceEntry } from "../reference";
import { TARGET_COLUMNS, TARGET_SHEET } from "../target-columns";
import { TARGET_SCOPES } from "@/lib/progress/target-scope";
import zhTargets from "@/lib/i18n/messages/zh-CN/targets.json";

/**
 * The template workbook: an instructions sheet (units, how rows are matched, the year range,
 * an example row per metric), one sheet per metric with Chinese headers carrying the unit, and
 * drop-down lists (from a hidden 选项 sheet) of the districts and supporters the user may use.
 */
export const LISTS_SHEET = "选项";
const ROWS_WITH_LISTS = 5000;

const EXAMPLES: Record<string, Record<string, string | number>> = {
  funds: { amountWan: 1200, kind: "economic_cooperation", sector: "citrus", note: "示例：请删除" },
  projects: { name: "柑橘深加工项目", quantity: 1, investmentWan: 8000, status: "under_construction", sector: "citrus", note: "" },
  trained: { programme: "电商技能培训班", kind: "technical", participants: 120, note: "" },
  schools: { name: "希望小学", level: "primary", quantity: 1, investmentWan: 600, note: "" },
  cadres: { direction: "to_district", persons: 5, note: "" },
};

function label(column: ColumnDef, value: string | number): string | number {
  if (column.kind.type === "choice") return (zhCore.categories as Record<string, string>)[String(value)] ?? value;
  if (column.kind.type === "sector") return SECTORS[value as keyof typeof SECTORS]?.zh ?? value;
  return value;
}

function choiceLabels(column: ColumnDef): string[] {
  if (column.kind.type === "choice") return column.kind.values.map((v) => (zhCore.categories as Record<string, string>)[v] ?? v);
  if (column.kind.type === "sector") return SECTOR_KEYS.map((k) => SECTORS[k].zh);
  return [];
}

export async function buildTemplate(options: { districts: readonly ReferenceEntry[]; supporters: readonly ReferenceEntry[]; maxYear: number }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Duikou 对口";
  const info = wb.addWorksheet("说明");
  const lists = wb.addWorksheet(LISTS_SHEET, { state: "hidden" });
  const listColumns: string[][] = [options.districts.map((d) => d.zh), options.supporters.map((s) => s.zh)];
  const listRef = new Map<string, string>();
  const addList = (key: string, values: string[]) => {
    listColumns.push(values);
    listRef.set(key, values.length ? `${LISTS_SHEET}!$${String.fromCharCode(64 + listColumns.length)}$1:$${String.fromCharCode(64 + listColumns.length)}$${values.length}` : "");
  };
  listRef.set("district", `${LISTS_SHEET}!$A$1:$A$${Math.max(1, options.districts.length)}`);
  listRef.set("supporter", `${LISTS_SHEET}!$B$1:$B$${Math.max(1, options.supporters.length)}`);

  info.columns = [{ width: 22 }, { width: 90 }];
  info.addRow(["对口支援三峡库区数据 · 导入模板", "Duikou import template"]).font = { bold: true, size: 14 };
  info.addRow(["填写", "每个指标一个工作表；第 1 行是表头（不要改动），从第 2 行起每行一条记录。区县、支援方可写名称（万州区 / 万州）或代码（500101）。"]);
  info.addRow(["单位", "金额、投资额以「万元」为单位；也可在单元格内写明单位，如「5亿元」「3000万元」，导入时换算为万元。人数为人次，学校为所，项目为个。"]);
  info.addRow(["年份", `四位数年份，1992–${options.maxYear}。不要使用日期格式。`]);
  info.addRow(["匹配规则", "与库中已有真实记录「区县 + 支援方 + 年份 + 下列关键列」相同的行视为修改，否则视为新增："]);
  for (const metric of METRIC_KEYS) {
    const keys = NATURAL_KEY[metric].map((f) => METRIC_COLUMNS[metric].find((c) => c.field === f)?.header.zh ?? f);
    info.addRow([SHEET_NAMES[metric].zh, keys.join(" + ")]);
  }
  info.addRow([TARGET_SHEET.zh, "规划目标，每行一条：范围（全库区 / 区县 / 支援方 / 结对）、区县和支援方（按范围填写，全库区两者留空）、指标、起止年份（一年的目标起止相同）、目标值（资金为万元，可写「5亿元」）、可选的基线值和年度分解（每年一个比例，用逗号分隔，个数等于规划期年数）、依据（文件名称、文号等，必填）。同一范围、指标和规划期已有目标时视为修改；示例目标由真实目标替换。"]);
  info.addRow(["示例数据", "某区县、某指标、某年份一旦导入真实数据，该单元格的示例数据即停止计入。"]);
  info.addRow(["预览", "上传后先显示预览：新增、修改（原值 → 新值）、未变和被拒绝的行，以及对各指标合计的影响；确认后才写入。"]);
  info.addRow([]);
  info.addRow(["示例行", "（每个指标一行；请在对应工作表中按此格式填写）"]).font = { bold: true };
  for (const metric of METRIC_KEYS) {
    const columns = METRIC_COLUMNS[metric];
    const example: Record<string, string | number> = { districtCode: options.districts[0]?.zh ?? "万州区", supporterCode: options.supporters[0]?.zh ?? "上海市", year: Math.min(2022, options.maxYear), ...EXAMPLES[metric] };
    info.addRow([`${SHEET_NAMES[metric].zh}（表头）`, columns.map((c) => c.header.zh).join(" | ")]);
    info.addRow([`${SHEET_NAMES[metric].zh}（示例）`, columns.map((c) => String(label(c, example[c.field] ?? ""))).join(" | ")]);
  }

  for (const metric of METRIC_KEYS) {
    const ws = wb.addWorksheet(SHEET_NAMES[metric].zh);
    // exceljs writes a range key as one <dataValidation sqref="A2:A5000">; its types omit the collection.
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    const columns = METRIC_COLUMNS[metric];
    ws.columns = columns.map((c) => ({ header: c.header.zh, width: Math.max(12, c.header.zh.length * 2 + 4) }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    columns.forEach((column, i) => {
      const letter = String.fromCharCode(65 + i);
      const range = `${letter}2:${letter}${ROWS_WITH_LISTS}`;
      const kind = column.kind.type;
      if (kind === "choice" || kind === "sector") {
        const key = `${metric}.${column.field}`;
        if (!listRef.has(key)) addList(key, choiceLabels(column));
      }
      const ref = listRef.get(kind === "district" || kind === "supporter" ? kind : `${metric}.${column.field}`);
      if (ref) validations.add(range, { type: "list", allowBlank: kind === "sector" || kind === "choice", formulae: [ref], showErrorMessage: kind === "district" || kind === "supporter" });
      if (kind === "year") validations.add(range, { type: "whole", operator: "between", allowBlank: false, formulae: [1992, options.maxYear], showErrorMessage: true, errorTitle: "年份", error: `1992–${options.maxYear}` });
    });
    ws.getCell("A1").note = `${METRICS[metric].label.zh} / ${METRICS[metric].label.en}`;
  }
  addTargetsSheet(wb, info, options, listRef, addList);
  const longest = Math.max(...listColumns.map((c) => c.length));
  for (let r = 0; r < longest; r++) lists.addRow(listColumns.map((c) => c[r] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The targets sheet: the single-target form's fields as columns, with drop-downs for scope, district, supporter and metric. */
function addTargetsSheet(wb: ExcelJS.Workbook, info: ExcelJS.Worksheet, options: { districts: readonly ReferenceEntry[]; supporters: readonly ReferenceEntry[]; maxYear: number }, listRef: Map<string, string>, addList: (key: string, values: string[]) => void): void {
  addList("targets.scope", TARGET_SCOPES.map((s) => zhTargets.targetForm.scopes[s]));
  addList("targets.metric", METRIC_KEYS.map((m) => METRICS[m].label.zh));
  const ws = wb.addWorksheet(TARGET_SHEET.zh);
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  ws.columns = TARGET_COLUMNS.map((c) => ({ header: c.header.zh, width: Math.max(12, c.header.zh.length * 2 + 4) }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const lists: Record<string, string | undefined> = { scope: listRef.get("targets.scope"), district: listRef.get("district"), supporter: listRef.get("supporter"), metric: listRef.get("targets.metric") };
  TARGET_COLUMNS.forEach((column, i) => {
    const letter = String.fromCharCode(65 + i);
    const range = `${letter}2:${letter}${ROWS_WITH_LISTS}`;
    const list = lists[column.field];
    if (list) validations.add(range, { type: "list", allowBlank: !column.required, formulae: [list], showErrorMessage: true });
    if (column.field === "periodFrom" || column.field === "periodTo") validations.add(range, { type: "whole", operator: "between", allowBlank: false, formulae: [1992, 2100], showErrorMessage: true, errorTitle: "年份", error: "1992–2100" });
  });
  const example = ["结对", options.districts[0]?.zh ?? "万州区", options.supporters[0]?.zh ?? "上海市", METRICS.funds.label.zh, 2021, 2025, 50000, "", "", "示例：请删除"];
  info.addRow([`${TARGET_SHEET.zh}（表头）`, TARGET_COLUMNS.map((c) => c.header.zh).join(" | ")]);
  info.addRow([`${TARGET_SHEET.zh}（示例）`, example.join(" | ")]);
}
