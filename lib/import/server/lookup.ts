import "server-only";
import type { Db } from "@/db/client";
import { getCatalog } from "@/lib/queries/catalog";
import { buildLookup, type Lookup } from "../reference";

/** The reference lookup from the database's districts, supporters and pairings. */
export function lookupFromDb(db: Db): Lookup {
  const c = getCatalog(db);
  return buildLookup({
    districts: c.districts.map((d) => ({ code: d.code, zh: d.nameZh, en: d.nameEn, formerCode: d.formerCode })),
    supporters: c.supporters.map((s) => ({ code: s.code, zh: s.nameZh, en: s.nameEn, parent: s.parentCode })),
    pairings: new Set(c.pairings.map((p) => `${p.supporterCode}|${p.districtCode}`)),
  });
}

/** The last year a figure may be reported for: the current year. */
export function currentYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}
