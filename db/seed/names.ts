import type { SectorKey } from "@/lib/sectors";
import { SCHOOL_LEVELS, TRAINING_KINDS } from "../schema";
import { pick, type Rng } from "./random";

/** Name parts for demonstration records, after the industries and programmes the article names. */
const PROJECT_TEMPLATES: Partial<Record<SectorKey, readonly string[]>> = {
  citrus: ["柑橘精深加工", "柑橘标准化种植基地", "柑橘冷链仓储"],
  herbal_medicine: ["中药材种植基地", "中药饮片加工", "中药材交易中心"],
  eco_agriculture: ["脆李种植基地", "油桃示范园", "核桃加工"],
  livestock: ["生猪良种繁育", "山羊养殖基地"],
  tourism: ["乡村旅游", "滨江文旅综合体", "民宿集群"],
  new_materials: ["新材料产业园", "复合材料生产线"],
  auto_parts: ["新能源汽车零部件", "电池箱体生产线"],
  electronics: ["照明电器生产", "电子元器件"],
  trade_logistics: ["商贸物流园", "农产品电商中心"],
};

const TRAINING_LABELS: Record<(typeof TRAINING_KINDS)[number], string> = {
  cadre: "乡镇干部",
  technical: "实用技能",
  entrepreneur: "创业致富带头人",
  management: "企业经营管理",
  medical: "医务人员",
  teacher: "骨干教师",
  various: "综合",
};

const SCHOOL_NAMES: Record<(typeof SCHOOL_LEVELS)[number], string> = {
  primary: "小学",
  middle: "初级中学",
  high: "高级中学",
  nine_year: "九年制学校",
  vocational: "职业学校",
  unspecified: "学校",
};

export function shortDistrict(zh: string): string {
  return zh.replace(/(土家族自治县|区|县)$/, "");
}

export function shortSupporter(zh: string): string {
  return zh.replace(/(壮族自治区|省|市)$/, "");
}

export function nameProject(rng: Rng, district: string, sector: SectorKey): string {
  const templates = PROJECT_TEMPLATES[sector] ?? ["产业合作"];
  return `${district}${pick(rng, templates)}项目`;
}

export function nameTraining(rng: Rng, supporter: string, district: string) {
  const kind = pick(rng, TRAINING_KINDS.filter((k) => k !== "various"));
  return { kind, programme: `${supporter}—${district}${TRAINING_LABELS[kind]}培训班` };
}

export function nameSchool(rng: Rng, supporter: string, district: string) {
  const level = pick(rng, SCHOOL_LEVELS.filter((l) => l !== "unspecified"));
  return { level, name: `${district}${supporter}友谊${SCHOOL_NAMES[level]}` };
}
