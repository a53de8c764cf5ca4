import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { districts, highlights, pairings, sources, subPairings, supporters } from "@/db/schema";
import type { DistrictRow, SupporterRow } from "./catalog";
import type { Confidence } from "./flows";

/** A pairing as a profile lists it: both sides named, with how sure it is and why. */
export type ProfilePairing = {
  supporterCode: string;
  supporterZh: string;
  supporterEn: string;
  supporterParentCode: string | null;
  districtCode: string;
  districtZh: string;
  districtEn: string;
  /** Null when no source gives the start; sinceNote* says why. */
  sinceYear: number | null;
  sinceNoteZh: string | null;
  sinceNoteEn: string | null;
  confidence: Confidence;
  basis: string;
  basisZh: string | null;
};

export type SourceRef = { sourceId: string; sourceZh: string; sourceEn: string; publishedOn: string | null; isDemo: boolean };

/** A named real result, with its source. */
export type Highlight = SourceRef & { id: number; districtCode: string; districtZh: string; districtEn: string; supporterCode: string | null; supporterZh: string | null; supporterEn: string | null; textZh: string; textEn: string; year: number | null };

/** A town-, school- or agency-level pairing below the province × district level. */
export type SubPairing = SourceRef & { id: number; supporterCode: string; supporterZh: string; supporterEn: string; districtCode: string; districtZh: string; districtEn: string; supportingUnit: string; supportingParent: string | null; receivingUnit: string; note: string | null; sinceYear: number | null };

export type DistrictProfile = { district: DistrictRow; pairings: ProfilePairing[]; highlights: Highlight[]; subPairings: SubPairing[] };
export type SupporterProfile = { supporter: SupporterRow; parent: SupporterRow | null; cities: SupporterRow[]; pairings: ProfilePairing[]; highlights: Highlight[]; subPairings: SubPairing[] };

const sourceColumns = { sourceId: sources.id, sourceZh: sources.titleZh, sourceEn: sources.titleEn, publishedOn: sources.publishedOn, isDemo: sources.isDemo };

function selectPairings(db: Db) {
  return db
    .select({
      supporterCode: pairings.supporterCode,
      supporterZh: supporters.nameZh,
      supporterEn: supporters.nameEn,
      supporterParentCode: supporters.parentCode,
      districtCode: pairings.districtCode,
      districtZh: districts.nameZh,
      districtEn: districts.nameEn,
      sinceYear: pairings.sinceYear,
      sinceNoteZh: pairings.sinceNoteZh,
      sinceNoteEn: pairings.sinceNoteEn,
      confidence: pairings.confidence,
      basis: pairings.basis,
      basisZh: pairings.basisZh,
    })
    .from(pairings)
    .innerJoin(supporters, eq(supporters.code, pairings.supporterCode))
    .innerJoin(districts, eq(districts.code, pairings.districtCode))
    .$dynamic();
}

function selectHighlights(db: Db) {
  const supporter = alias(supporters, "highlight_supporter");
  return db
    .select({
      id: highlights.id,
      districtCode: highlights.districtCode,
      districtZh: districts.nameZh,
      districtEn: districts.nameEn,
      supporterCode: highlights.supporterCode,
      supporterZh: supporter.nameZh,
      supporterEn: supporter.nameEn,
      textZh: highlights.textZh,
      textEn: highlights.textEn,
      year: highlights.year,
      ...sourceColumns,
    })
    .from(highlights)
    .innerJoin(districts, eq(districts.code, highlights.districtCode))
    .leftJoin(supporter, eq(supporter.code, highlights.supporterCode))
    .innerJoin(sources, eq(sources.id, highlights.sourceId))
    .$dynamic();
}

function selectSubPairings(db: Db) {
  return db
    .select({
      id: subPairings.id,
      supporterCode: subPairings.supporterCode,
      supporterZh: supporters.nameZh,
      supporterEn: supporters.nameEn,
      districtCode: subPairings.districtCode,
      districtZh: districts.nameZh,
      districtEn: districts.nameEn,
      supportingUnit: subPairings.supportingUnit,
      supportingParent: subPairings.supportingParent,
      receivingUnit: subPairings.receivingUnit,
      note: subPairings.note,
      sinceYear: subPairings.sinceYear,
      ...sourceColumns,
    })
    .from(subPairings)
    .innerJoin(supporters, eq(supporters.code, subPairings.supporterCode))
    .innerJoin(districts, eq(districts.code, subPairings.districtCode))
    .innerJoin(sources, eq(sources.id, subPairings.sourceId))
    .$dynamic();
}

const CONFIDENCE_ORDER: Record<Confidence, number> = { high: 0, "medium-high": 1, medium: 2, unverified: 3 };
const byConfidence = (a: ProfilePairing, b: ProfilePairing) => CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence] || a.supporterCode.localeCompare(b.supporterCode);

/** A district with its supporters, named results and sub-level pairings; null for an unknown code. */
export function getDistrictProfile(db: Db, code: string): DistrictProfile | null {
  const district = db.select().from(districts).where(eq(districts.code, code)).get();
  if (!district) return null;
  return {
    district,
    pairings: selectPairings(db).where(eq(pairings.districtCode, code)).all().sort(byConfidence),
    highlights: selectHighlights(db).where(eq(highlights.districtCode, code)).orderBy(asc(highlights.year), asc(highlights.id)).all(),
    subPairings: selectSubPairings(db).where(eq(subPairings.districtCode, code)).orderBy(asc(subPairings.id)).all(),
  };
}

/** A supporter with its province or cities, the districts it and its cities support, and their results. */
export function getSupporterProfile(db: Db, code: string): SupporterProfile | null {
  const supporter = db.select().from(supporters).where(eq(supporters.code, code)).get();
  if (!supporter) return null;
  const parent = supporter.parentCode ? (db.select().from(supporters).where(eq(supporters.code, supporter.parentCode)).get() ?? null) : null;
  const cities = db.select().from(supporters).where(eq(supporters.parentCode, code)).orderBy(asc(supporters.code)).all();
  const members = [code, ...cities.map((c) => c.code)];
  return {
    supporter,
    parent,
    cities,
    pairings: selectPairings(db).where(inArray(pairings.supporterCode, members)).all().sort((a, b) => (a.supporterCode === code ? 0 : 1) - (b.supporterCode === code ? 0 : 1) || byConfidence(a, b)),
    highlights: selectHighlights(db).where(inArray(highlights.supporterCode, members)).orderBy(asc(highlights.year), asc(highlights.id)).all(),
    subPairings: selectSubPairings(db).where(inArray(subPairings.supporterCode, members)).orderBy(asc(subPairings.id)).all(),
  };
}
