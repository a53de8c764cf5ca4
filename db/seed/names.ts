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

/** A running number, zero-padded to at least three digits: 示例学校 015. */
function numbered(prefix: string, n: number): string {
  return `${prefix} ${String(n).padStart(3, "0")}`;
}

export type DemoNamer = ReturnType<typeof createDemoNamer>;

/**
 * Names for demonstration records: each starts with 示例 and a running number, so no two demo
 * records share a name and none can pass for a real school, project or course, wherever it shows
 * (tables, search, CSV and XLSX exports). The bracket keeps a readable hint of place and kind.
 */
export function createDemoNamer() {
  const next = { project: 0, training: 0, school: 0 };
  return {
    project(rng: Rng, district: string, sector: SectorKey): string {
      const templates = PROJECT_TEMPLATES[sector] ?? ["产业合作"];
      return `${numbered("示例项目", ++next.project)}（${district}·${pick(rng, templates)}）`;
    },
    training(rng: Rng, supporter: string, district: string) {
      const kind = pick(rng, TRAINING_KINDS.filter((k) => k !== "various"));
      return { kind, programme: `${numbered("示例培训班", ++next.training)}（${supporter}—${district}·${TRAINING_LABELS[kind]}）` };
    },
    school(rng: Rng, district: string) {
      const level = pick(rng, SCHOOL_LEVELS.filter((l) => l !== "unspecified"));
      return { level, name: `${numbered("示例学校", ++next.school)}（${district}·${SCHOOL_NAMES[level]}）` };
    },
  };
}
