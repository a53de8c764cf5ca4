/**
 * Recognising districts and supporters as people type them in a spreadsheet: the code, the full
 * name (万州区), the short name (万州), the English name, or a district's former code.
 */
export type ReferenceEntry = { code: string; zh: string; en: string; parent?: string | null; formerCode?: string | null };

export type Reference = {
  districts: readonly ReferenceEntry[];
  supporters: readonly ReferenceEntry[];
  /** "supporter|district" of every known pairing. */
  pairings: ReadonlySet<string>;
};

export type Lookup = {
  district(text: string): ReferenceEntry | null;
  supporter(text: string): ReferenceEntry | null;
  isPairing(supporter: string, district: string): boolean;
  parentOf(supporter: string): string | null;
  reference: Reference;
};

// The administrative suffix a short name drops: 区, 县, 土家族自治县, 省, 市, 回族自治区 …
const DISTRICT_SUFFIX = /(?:(?:土家族|苗族)+自治县|区|县)$/u;
const SUPPORTER_SUFFIX = /(?:(?:壮族|回族|维吾尔)?自治区|省|市)$/u;

function key(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

function index(entries: readonly ReferenceEntry[], suffix: RegExp): Map<string, ReferenceEntry> {
  const map = new Map<string, ReferenceEntry>();
  for (const e of entries) {
    const names = [e.code, e.zh, e.zh.replace(suffix, ""), e.en, e.en.replace(/\s+(district|county|autonomous county|province|city)$/i, "")];
    if (e.formerCode) names.push(e.formerCode);
    for (const name of names) if (name) map.set(key(name), e);
  }
  return map;
}

export function buildLookup(reference: Reference): Lookup {
  const districts = index(reference.districts, DISTRICT_SUFFIX);
  const supporters = index(reference.supporters, SUPPORTER_SUFFIX);
  const parents = new Map(reference.supporters.map((s) => [s.code, s.parent ?? null]));
  return {
    district: (text) => districts.get(key(text)) ?? districts.get(key(text).replace(DISTRICT_SUFFIX, "")) ?? null,
    supporter: (text) => supporters.get(key(text)) ?? supporters.get(key(text).replace(SUPPORTER_SUFFIX, "")) ?? null,
    isPairing: (supporter, district) =>
      reference.pairings.has(`${supporter}|${district}`) || reference.pairings.has(`${parents.get(supporter) ?? ""}|${district}`),
    parentOf: (supporter) => parents.get(supporter) ?? null,
    reference,
  };
}
