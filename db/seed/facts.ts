import { z } from "zod";
import factsJson from "./data/facts.json";
import realJson from "./data/real-records.json";
import sourcesJson from "./data/sources.json";
import {
  CONFIDENCE_LEVELS,
  EXCHANGE_DIRECTIONS,
  FUND_KINDS,
  PROJECT_STATUSES,
  SCHOOL_LEVELS,
  TRAINING_KINDS,
} from "../schema";

// The seed's data files are edited by hand; validate them so a typo fails the seed, not a page.
const code = z.string().regex(/^\d{6}$/);
const year = z.number().int().min(1992).max(2030);

/** The form a tile, a flow label or an axis uses (石柱县 / Shizhu); see lib/place-names.ts. */
const shortNames = z.object({ zh: z.string().min(1), en: z.string().min(1) });

const factsSchema = z.object({
  districts: z.array(
    z.object({
      code,
      zh: z.string().min(1),
      en: z.string().min(1),
      short: shortNames,
      kind: z.enum(["区", "县", "自治县"]),
      riverOrder: z.number().int().min(1),
      side: z.enum(["main", "north", "south"]),
      formerCode: code.optional(),
    }),
  ),
  supporters: z.array(
    z.object({
      code,
      zh: z.string().min(1),
      en: z.string().min(1),
      short: shortNames,
      level: z.enum(["province", "municipality", "autonomous-region", "city"]),
      parent: code.optional(),
    }),
  ),
  pairings: z.array(
    z.object({
      supporter: code,
      district: code,
      confidence: z.enum(CONFIDENCE_LEVELS),
      basis: z.string().min(1),
      basisZh: z.string().min(1),
      // null: no source gives the start; sinceNote says why, demoFrom is where demonstration data may begin.
      since: year.nullable(),
      sinceNote: z.string().min(1).optional(),
      sinceNoteEn: z.string().min(1).optional(),
      demoFrom: year.optional(),
    }),
  ),
});

const sourceSchema = z.object({
  id: z.string().min(1),
  titleZh: z.string().min(1),
  titleEn: z.string().min(1),
  publisher: z.string().nullable(),
  authors: z.string().nullable(),
  url: z.string().url().nullable(),
  publishedOn: z.string().nullable(),
  inferredZh: z.string().nullable(),
  inferredEn: z.string().nullable(),
  backsZh: z.string().min(1),
  backsEn: z.string().min(1),
  note: z.string().nullable(),
  isDemo: z.boolean().optional(),
});

const recordBase = {
  supporter: code,
  district: code,
  periodFrom: year.optional(),
  year,
  sourceId: z.string().min(1),
  note: z.string().optional(),
  coversSupporters: z.array(code).optional(),
  /** The source does not state the end year (2022 assumed): the figure displaces its amount, not its whole span. */
  endInferred: z.boolean().optional(),
};

const realSchema = z.object({
  funds: z.array(
    z.object({
      ...recordBase,
      amountWan: z.number().int().positive(),
      kind: z.enum(FUND_KINDS),
      coversKinds: z.array(z.enum(FUND_KINDS)).optional(),
      aidProjectCount: z.number().int().positive().optional(),
    }),
  ),
  projects: z.array(
    z.object({
      ...recordBase,
      name: z.string().min(1),
      quantity: z.number().int().positive(),
      investmentWan: z.number().int().nonnegative(),
      status: z.enum(PROJECT_STATUSES),
    }),
  ),
  trainings: z.array(
    z.object({ ...recordBase, programme: z.string().min(1), kind: z.enum(TRAINING_KINDS), participants: z.number().int().positive() }),
  ),
  schools: z.array(
    z.object({ ...recordBase, name: z.string().min(1), level: z.enum(SCHOOL_LEVELS), quantity: z.number().int().positive() }),
  ),
  cadres: z.array(z.object({ ...recordBase, direction: z.enum(EXCHANGE_DIRECTIONS), persons: z.number().int().positive() })),
  subPairings: z.array(
    z.object({
      supporter: code,
      district: code,
      supportingUnit: z.string().min(1),
      supportingParent: z.string().min(1).optional(),
      receivingUnit: z.string().min(1),
      note: z.string().min(1).optional(),
      sinceYear: year.nullable(),
      sourceId: z.string().min(1),
    }),
  ),
  highlights: z.array(
    z.object({ district: code, supporter: code.nullable(), year: year.nullable(), sourceId: z.string().min(1), zh: z.string().min(1), en: z.string().min(1) }),
  ),
});

export type ReferenceFacts = z.infer<typeof factsSchema>;
export type RealRecords = z.infer<typeof realSchema>;
export type SourceRow = z.infer<typeof sourceSchema>;

export function loadSeedData(): { facts: ReferenceFacts; real: RealRecords; sources: SourceRow[] } {
  return {
    facts: factsSchema.parse(factsJson),
    real: realSchema.parse(realJson),
    sources: z.array(sourceSchema).parse(sourcesJson),
  };
}
