/**
 * The metric registry: every KPI card, chart, CSV header, export and the benchmark reads the five
 * metrics from here. Adding a sixth metric is one row (plus its record table in db/schema.ts).
 */
export const METRIC_KEYS = ["funds", "projects", "trained", "schools", "cadres"] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export type MetricDefinition = {
  key: MetricKey;
  label: { zh: string; en: string };
  /** Unit of the stored integer. */
  storedUnit: { zh: string; en: string };
  /** Unit shown on screen; value shown = stored / displayDivisor. */
  displayUnit: { zh: string; en: string };
  displayDivisor: number;
  displayDecimals: number;
  /** Record table and the integer column summed per record (quantity for batchable counts). */
  source: { table: string; valueColumn: string; amountColumn: string | null };
  /** Whether records carry a sector, so the sector filter applies to this metric. */
  hasSector: boolean;
  /** The program total through the as-of year, as published (stored unit). */
  publishedTotal: number;
  publishedAs: { zh: string; en: string };
};

export const METRICS: Record<MetricKey, MetricDefinition> = {
  funds: {
    key: "funds",
    label: { zh: "引入资金", en: "Funds introduced" },
    storedUnit: { zh: "万元", en: "10k yuan" },
    displayUnit: { zh: "亿元", en: "100m yuan" },
    displayDivisor: 10_000,
    displayDecimals: 2,
    source: { table: "fund_records", valueColumn: "amount_wan", amountColumn: "amount_wan" },
    hasSector: true,
    publishedTotal: 17_940_000,
    publishedAs: { zh: "累计引入各类资金1794亿元", en: "179.4 billion yuan introduced in all" },
  },
  projects: {
    key: "projects",
    label: { zh: "产业合作项目", en: "Industrial projects" },
    storedUnit: { zh: "个", en: "projects" },
    displayUnit: { zh: "个", en: "projects" },
    displayDivisor: 1,
    displayDecimals: 0,
    source: { table: "projects", valueColumn: "quantity", amountColumn: "investment_wan" },
    hasSector: true,
    publishedTotal: 1_800,
    publishedAs: { zh: "引入产业合作项目1800多个", en: "1,800+ industrial cooperation projects" },
  },
  trained: {
    key: "trained",
    label: { zh: "培训人才", en: "Talent trained" },
    storedUnit: { zh: "人次", en: "person-times" },
    displayUnit: { zh: "人次", en: "person-times" },
    displayDivisor: 1,
    displayDecimals: 0,
    source: { table: "trainings", valueColumn: "participants", amountColumn: "participants" },
    hasSector: false,
    publishedTotal: 60_000,
    publishedAs: { zh: "培训各类人才6万余人次", en: "60,000+ person-times trained" },
  },
  schools: {
    key: "schools",
    label: { zh: "援建学校", en: "Schools built" },
    storedUnit: { zh: "所", en: "schools" },
    displayUnit: { zh: "所", en: "schools" },
    displayDivisor: 1,
    displayDecimals: 0,
    source: { table: "schools", valueColumn: "quantity", amountColumn: "investment_wan" },
    hasSector: false,
    publishedTotal: 445,
    publishedAs: { zh: "援建学校445所", en: "445 schools built" },
  },
  cadres: {
    key: "cadres",
    label: { zh: "交流干部", en: "Cadres exchanged" },
    storedUnit: { zh: "人次", en: "person-times" },
    displayUnit: { zh: "人次", en: "person-times" },
    displayDivisor: 1,
    displayDecimals: 0,
    source: { table: "cadre_exchanges", valueColumn: "persons", amountColumn: "persons" },
    hasSector: false,
    publishedTotal: 1_200,
    publishedAs: { zh: "交流干部1200余人次", en: "1,200+ cadre person-times exchanged" },
  },
};

export function isMetricKey(value: string): value is MetricKey {
  return (METRIC_KEYS as readonly string[]).includes(value);
}
