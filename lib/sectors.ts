/** Sectors named in the source article; funds and industrial projects carry one of these keys. */
export const SECTORS = {
  citrus: { zh: "柑橘", en: "Citrus" },
  herbal_medicine: { zh: "中药材", en: "Herbal medicine" },
  eco_agriculture: { zh: "生态农业（脆李、油桃、核桃）", en: "Eco-agriculture (plum, nectarine, walnut)" },
  livestock: { zh: "畜牧良种", en: "Livestock breeding" },
  tourism: { zh: "文化旅游", en: "Tourism" },
  new_materials: { zh: "新材料", en: "New materials" },
  auto_parts: { zh: "新能源汽车零部件", en: "EV components" },
  electronics: { zh: "电子照明", en: "Electronics and lighting" },
  trade_logistics: { zh: "商贸物流", en: "Trade and logistics" },
  healthcare: { zh: "医疗卫生", en: "Healthcare" },
  education: { zh: "教育", en: "Education" },
  water_environment: { zh: "饮水与生态环境", en: "Drinking water and environment" },
  transport: { zh: "交通", en: "Transport" },
  elderly_care: { zh: "养老", en: "Elderly care" },
} as const;

export type SectorKey = keyof typeof SECTORS;
export const SECTOR_KEYS = Object.keys(SECTORS) as SectorKey[];

/** Industries for economic cooperation and projects; the rest are public services for free aid. */
export const INDUSTRY_SECTORS: readonly SectorKey[] = [
  "citrus", "herbal_medicine", "eco_agriculture", "livestock", "tourism",
  "new_materials", "auto_parts", "electronics", "trade_logistics",
];
export const PUBLIC_SERVICE_SECTORS: readonly SectorKey[] = [
  "education", "healthcare", "water_environment", "transport", "elderly_care",
];

export function isSectorKey(value: string): value is SectorKey {
  return Object.hasOwn(SECTORS, value);
}
