import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { districts, pairings, supporters } from "@/db/schema";
import type { FilterCatalog } from "../filters";

export type DistrictRow = typeof districts.$inferSelect;
export type SupporterRow = typeof supporters.$inferSelect;
export type PairingRow = Pick<
  typeof pairings.$inferSelect,
  "supporterCode" | "districtCode" | "sinceYear" | "sinceNoteZh" | "sinceNoteEn" | "confidence" | "basis" | "basisZh"
>;

export type Catalog = {
  districts: DistrictRow[];
  supporters: SupporterRow[];
  pairings: PairingRow[];
};

/** Districts (west→east), supporters and pairings: small reference tables every page needs. */
export function getCatalog(db: Db): Catalog {
  return {
    districts: db.select().from(districts).orderBy(asc(districts.riverOrder), asc(districts.code)).all(),
    supporters: db.select().from(supporters).orderBy(asc(supporters.code)).all(),
    pairings: db
      .select({
        supporterCode: pairings.supporterCode,
        districtCode: pairings.districtCode,
        sinceYear: pairings.sinceYear,
        sinceNoteZh: pairings.sinceNoteZh,
        sinceNoteEn: pairings.sinceNoteEn,
        confidence: pairings.confidence,
        basis: pairings.basis,
        basisZh: pairings.basisZh,
      })
      .from(pairings)
      .all(),
  };
}

export function toFilterCatalog(catalog: Catalog): FilterCatalog {
  return {
    districtCodes: new Set(catalog.districts.map((d) => d.code)),
    supporterCodes: new Set(catalog.supporters.map((s) => s.code)),
    formerDistrictCodes: new Map(catalog.districts.flatMap((d) => (d.formerCode ? [[d.formerCode, d.code] as [string, string]] : []))),
  };
}
