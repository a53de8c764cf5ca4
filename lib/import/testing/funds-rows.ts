/**
 * A small funds sheet the import tests share, against the fixture database (lib/testing/test-db.ts).
 * Fixture funds by hand: 1000 + 3000 + 500 + 6000 + 2000 = 12,500 万元; 万州 (500101) 4,500, of which
 * the 2021 cell holds 3,500 of demonstration figures. The rows: a new 2,000 in that cell, 万州 2020
 * corrected to 0.2亿元 (2,000), a new 1,000 for 涪陵 — names, codes, units and separators as staff write them.
 */
export const FUNDS_HEADER = ["区县", "支援方", "年份", "金额（万元）", "资金类别", "行业", "备注"];

export const FUNDS_ROWS = [
  FUNDS_HEADER,
  ["万州", "上海", 2021, 2000, "经济合作", "柑橘", "新数"],
  ["500101", "上海市", "2020", "0.2亿元", "无偿援助", "教育", null],
  ["涪陵区", "浙江省", 2022, "1,000", "其他（未细分）", null, null],
];
