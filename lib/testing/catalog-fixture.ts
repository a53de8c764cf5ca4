import type { Catalog } from "@/lib/queries/catalog";

/** A small catalog for shaping tests: three districts, a province with a city, another supporter. */
export const CATALOG_FIXTURE: Catalog = {
  districts: [
    { code: "500102", nameZh: "涪陵区", nameEn: "Fuling District", kind: "区", riverOrder: 4, side: "main", formerCode: null },
    { code: "500233", nameZh: "忠县", nameEn: "Zhong County", kind: "县", riverOrder: 6, side: "main", formerCode: null },
    { code: "500240", nameZh: "石柱土家族自治县", nameEn: "Shizhu Tujia Autonomous County", kind: "自治县", riverOrder: 6, side: "south", formerCode: null },
    { code: "500101", nameZh: "万州区", nameEn: "Wanzhou District", kind: "区", riverOrder: 7, side: "main", formerCode: null },
  ],
  supporters: [
    { code: "310000", nameZh: "上海市", nameEn: "Shanghai", level: "municipality", parentCode: null },
    { code: "330000", nameZh: "浙江省", nameEn: "Zhejiang", level: "province", parentCode: null },
    { code: "330200", nameZh: "宁波市", nameEn: "Ningbo", level: "city", parentCode: "330000" },
    { code: "340000", nameZh: "安徽省", nameEn: "Anhui", level: "province", parentCode: null },
  ],
  pairings: [
    { supporterCode: "310000", districtCode: "500101", sinceYear: 1992, confidence: "high", sinceNoteZh: null, sinceNoteEn: null, basis: "test basis", basisZh: "测试依据" },
    { supporterCode: "330200", districtCode: "500101", sinceYear: 1992, confidence: "medium-high", sinceNoteZh: null, sinceNoteEn: null, basis: "test basis", basisZh: "测试依据" },
    { supporterCode: "330000", districtCode: "500102", sinceYear: 1992, confidence: "high", sinceNoteZh: null, sinceNoteEn: null, basis: "test basis", basisZh: "测试依据" },
    { supporterCode: "340000", districtCode: "500233", sinceYear: 1992, confidence: "unverified", sinceNoteZh: null, sinceNoteEn: null, basis: "test basis", basisZh: "测试依据" },
  ],
};
