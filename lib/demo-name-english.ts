import facts from "@/db/seed/data/facts.json";
import { DEMO_KINDS, OTHER_PROJECT, PROJECT_TEMPLATES, SCHOOL_NAMES, shortDistrict, shortSupporter, TRAINING_LABELS } from "@/db/seed/demo-name-words";

/**
 * English for a demonstration record's name, read back from the words the seed built it from
 * (db/seed/demo-name-words.ts): 示例项目 012（万州·柑橘精深加工） → "Demo project 012 (Wanzhou ·
 * citrus processing)". Undefined for any other text, or when a part is not one of those words.
 */
const PLACES = new Map<string, string>([
  ...facts.districts.map((d) => [shortDistrict(d.zh), d.short.en] as const),
  ...facts.supporters.map((s) => [shortSupporter(s.zh), s.short.en] as const),
]);
const WORDS = new Map<string, string>(
  [...Object.values(PROJECT_TEMPLATES).flat(), OTHER_PROJECT, ...Object.values(TRAINING_LABELS), ...Object.values(SCHOOL_NAMES)].map((w) => [w.zh, w.en]),
);
const KINDS = new Map<string, string>(Object.values(DEMO_KINDS).map((k) => [k.zh, k.en]));

const SHAPE = /^(示例项目|示例培训班|示例学校) (\d{3,})（(?:([^—·（）]+)—)?([^—·（）]+)·([^（）]+)）$/;

export function demoNameEnglish(zh: string): string | undefined {
  const m = SHAPE.exec(zh);
  if (!m) return undefined;
  const [, kind, number, supporter, district, words] = m;
  const parts = [supporter === undefined ? "" : PLACES.get(supporter), PLACES.get(district!), WORDS.get(words!)];
  if (parts.some((p) => p === undefined)) return undefined;
  const where = supporter === undefined ? parts[1] : `${parts[0]}–${parts[1]}`;
  return `${KINDS.get(kind!)} ${number} (${where} · ${parts[2]})`;
}
