/**
 * Turning a spreadsheet cell into the stored value: full-width digits, thousands separators,
 * units written in the cell ("5亿元", "3000万元") converted to the stored unit. Pure.
 */
export type Cell = string | number | boolean | null | { problem: CellProblem };
/** A cell the reader could not take as typed text or number (formula, date, error). */
export type CellProblem = "formula" | "date" | "error" | "rich";

export type NumberResult = { ok: true; value: number } | { ok: false; reason: "empty" | "notNumber" | "negative" | "fraction" | "unit" };

export function cellText(cell: Cell): string {
  if (cell === null || typeof cell === "object") return "";
  return String(cell).normalize("NFKC").trim();
}

// 万元 is the stored unit of every money column; the multiplier turns a written unit into 万元.
const MONEY_UNITS: Record<string, number> = { "亿元": 10_000, "亿": 10_000, "万元": 1, "万": 1, "元": 0.0001 };

/**
 * A whole number in the column's stored unit. `money` columns accept 亿元/万元/元 written in the
 * cell; count columns accept their own unit word (个, 人次, 所) and nothing else.
 */
export function parseAmount(cell: Cell, options: { money: boolean; unitWords?: readonly string[] }): NumberResult {
  if (typeof cell === "number") return checkNumber(cell);
  const text = cellText(cell).replace(/[,，_\s']/g, "");
  if (!text) return { ok: false, reason: "empty" };
  const match = /^([+-]?\d+(?:\.\d+)?)([^\d.]*)$/u.exec(text);
  if (!match) return { ok: false, reason: "notNumber" };
  const unit = match[2] ?? "";
  let factor = 1;
  if (unit) {
    if (options.money && unit in MONEY_UNITS) factor = MONEY_UNITS[unit] ?? 1;
    else if (!options.unitWords?.includes(unit)) return { ok: false, reason: "unit" };
  }
  // Round away binary noise (1.1亿 = 11000.000000000002) before asking for a whole number.
  return checkNumber(Math.round(Number(match[1]) * factor * 1e6) / 1e6);
}

function checkNumber(value: number): NumberResult {
  if (!Number.isFinite(value)) return { ok: false, reason: "notNumber" };
  if (value < 0) return { ok: false, reason: "negative" };
  if (!Number.isInteger(value)) return { ok: false, reason: "fraction" };
  return { ok: true, value };
}

export type YearResult = { ok: true; value: number } | { ok: false; reason: "empty" | "notYear" | "serialDate" | "range" };

/** A year typed as a number or text ("2021", "2021年"); an Excel date serial is named as such. */
export function parseYear(cell: Cell, maxYear: number, minYear = 1992): YearResult {
  const text = cellText(cell).replace(/年$/u, "");
  if (!text) return { ok: false, reason: "empty" };
  if (!/^\d+(?:\.0+)?$/.test(text)) return { ok: false, reason: "notYear" };
  const year = Number(text);
  // Dates typed in Excel arrive as day counts since 1900 (1992 = 33604 … 2030 = 47484).
  if (year >= 20_000 && year <= 80_000) return { ok: false, reason: "serialDate" };
  if (year < minYear || year > maxYear) return { ok: false, reason: "range" };
  return { ok: true, value: year };
}
