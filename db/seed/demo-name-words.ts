import type { SectorKey } from "@/lib/sectors";

/**
 * The words demonstration record names are made of, in both languages: the seed writes the
 * Chinese (db/seed/names.ts), English pages read a demo name back through the English
 * (lib/demo-name-english.ts). Kept free of imports beyond types so the browser can use it.
 */
type Words = { zh: string; en: string };

export const DEMO_KINDS = {
  project: { zh: "示例项目", en: "Demo project" },
  training: { zh: "示例培训班", en: "Demo training course" },
  school: { zh: "示例学校", en: "Demo school" },
} as const satisfies Record<string, Words>;

/** Name parts for demonstration projects, after the industries and programmes the article names. */
export const PROJECT_TEMPLATES: Partial<Record<SectorKey, readonly Words[]>> = {
  citrus: [
    { zh: "柑橘精深加工", en: "citrus processing" },
    { zh: "柑橘标准化种植基地", en: "standard citrus orchards" },
    { zh: "柑橘冷链仓储", en: "citrus cold-chain storage" },
  ],
  herbal_medicine: [
    { zh: "中药材种植基地", en: "herbal medicine farms" },
    { zh: "中药饮片加工", en: "herbal medicine processing" },
    { zh: "中药材交易中心", en: "herbal medicine market" },
  ],
  eco_agriculture: [
    { zh: "脆李种植基地", en: "plum orchards" },
    { zh: "油桃示范园", en: "nectarine demonstration orchard" },
    { zh: "核桃加工", en: "walnut processing" },
  ],
  livestock: [
    { zh: "生猪良种繁育", en: "pig breeding" },
    { zh: "山羊养殖基地", en: "goat farms" },
  ],
  tourism: [
    { zh: "乡村旅游", en: "rural tourism" },
    { zh: "滨江文旅综合体", en: "riverside culture and tourism complex" },
    { zh: "民宿集群", en: "guesthouse cluster" },
  ],
  new_materials: [
    { zh: "新材料产业园", en: "new materials industrial park" },
    { zh: "复合材料生产线", en: "composite materials line" },
  ],
  auto_parts: [
    { zh: "新能源汽车零部件", en: "new-energy vehicle parts" },
    { zh: "电池箱体生产线", en: "battery casing line" },
  ],
  electronics: [
    { zh: "照明电器生产", en: "lighting products" },
    { zh: "电子元器件", en: "electronic components" },
  ],
  trade_logistics: [
    { zh: "商贸物流园", en: "trade and logistics park" },
    { zh: "农产品电商中心", en: "farm produce e-commerce centre" },
  ],
};

export const OTHER_PROJECT: Words = { zh: "产业合作", en: "industrial cooperation" };

export const TRAINING_LABELS = {
  cadre: { zh: "乡镇干部", en: "township cadres" },
  technical: { zh: "实用技能", en: "practical skills" },
  entrepreneur: { zh: "创业致富带头人", en: "business leaders" },
  management: { zh: "企业经营管理", en: "business management" },
  medical: { zh: "医务人员", en: "medical staff" },
  teacher: { zh: "骨干教师", en: "key teachers" },
  various: { zh: "综合", en: "general" },
} as const satisfies Record<string, Words>;

export const SCHOOL_NAMES = {
  primary: { zh: "小学", en: "primary school" },
  middle: { zh: "初级中学", en: "junior middle school" },
  high: { zh: "高级中学", en: "senior high school" },
  nine_year: { zh: "九年制学校", en: "nine-year school" },
  vocational: { zh: "职业学校", en: "vocational school" },
  unspecified: { zh: "学校", en: "school" },
} as const satisfies Record<string, Words>;

/** The short place names the seed writes into demo names: 万州区 → 万州, 广西壮族自治区 → 广西. */
export function shortDistrict(zh: string): string {
  return zh.replace(/(土家族自治县|区|县)$/, "");
}

export function shortSupporter(zh: string): string {
  return zh.replace(/(壮族自治区|省|市)$/, "");
}
