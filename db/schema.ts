import { sql } from "drizzle-orm";
import { TARGET_SCOPES } from "../lib/progress/target-scope";
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

/** Where a figure comes from: a published article, a report, or the demonstration generator. */
export const sources = sqliteTable("sources", {
  id: text("id").primaryKey(),
  /** The headline as published (or, for a compilation, what it gathers). */
  titleZh: text("title_zh").notNull(),
  titleEn: text("title_en").notNull(),
  /** The outlet (newspaper, site, office); null when not known. */
  publisher: text("publisher"),
  publishedOn: text("published_on"),
  note: text("note"),
  isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
  /** Bylines as printed; null when not known. */
  authors: text("authors"),
  /** Web address; null when not known (never guessed). */
  url: text("url"),
  /** What was inferred rather than read in the source (e.g. the year of a date given as 10月11日); null when nothing. */
  inferredZh: text("inferred_zh"),
  inferredEn: text("inferred_en"),
  /** What the source backs, in a sentence (the records, pairings and results citing it are listed from their tables). */
  backsZh: text("backs_zh"),
  backsEn: text("backs_en"),
});

export const districts = sqliteTable("districts", {
  code: text("code").primaryKey(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  kind: text("kind", { enum: ["区", "县", "自治县"] }).notNull(),
  /** Position west→east along the Yangtze (1 = 巴南 … 10 = 巫山); side branches share their neighbour's. */
  riverOrder: integer("river_order").notNull(),
  side: text("side", { enum: ["main", "north", "south"] }).notNull(),
  formerCode: text("former_code"),
});

export const supporters = sqliteTable(
  "supporters",
  {
    code: text("code").primaryKey(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    level: text("level", { enum: ["province", "municipality", "autonomous-region", "city"] }).notNull(),
    parentCode: text("parent_code").references((): AnySQLiteColumn => supporters.code),
  },
  (t) => [index("supporters_parent_idx").on(t.parentCode)],
);

export const CONFIDENCE_LEVELS = ["high", "medium-high", "medium", "unverified"] as const;

export const pairings = sqliteTable(
  "pairings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    supporterCode: text("supporter_code").notNull().references(() => supporters.code),
    districtCode: text("district_code").notNull().references(() => districts.code),
    /** Null when no source gives the start (e.g. 四川→开州: 开县 was in Sichuan until 1997). */
    sinceYear: integer("since_year"),
    /** Why the start year is what it is, or why it is unknown; null when the sources give it plainly. */
    sinceNoteZh: text("since_note_zh"),
    sinceNoteEn: text("since_note_en"),
    confidence: text("confidence", { enum: CONFIDENCE_LEVELS }).notNull(),
    /** What the pairing rests on, in English and Chinese (shown on hover and in the pairing table). */
    basis: text("basis").notNull(),
    basisZh: text("basis_zh"),
  },
  (t) => [uniqueIndex("pairings_pair_uq").on(t.supporterCode, t.districtCode)],
);

/** Town-to-town, school-to-school and agency pairings below the 23×14 level (the article counts 192). */
export const subPairings = sqliteTable("sub_pairings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  supporterCode: text("supporter_code").notNull().references(() => supporters.code),
  districtCode: text("district_code").notNull().references(() => districts.code),
  supportingUnit: text("supporting_unit").notNull(),
  /** The level between the supporter and the unit, where the source names it (乳山市 and 环翠区 sign under 威海市). */
  supportingParent: text("supporting_parent"),
  receivingUnit: text("receiving_unit").notNull(),
  note: text("note"),
  sinceYear: integer("since_year"),
  sourceId: text("source_id").notNull().references(() => sources.id),
});

/** Named real results that are not themselves metric records (e.g. planned investment, sales). */
export const highlights = sqliteTable("highlights", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  districtCode: text("district_code").notNull().references(() => districts.code),
  supporterCode: text("supporter_code").references(() => supporters.code),
  textZh: text("text_zh").notNull(),
  textEn: text("text_en").notNull(),
  year: integer("year"),
  sourceId: text("source_id").notNull().references(() => sources.id),
});

/**
 * Columns every metric record carries. Real records that report a cumulative figure keep the
 * span in period_from..year; their figure is counted in `year`, the last year of the span.
 */
const recordColumns = () => ({
  id: integer("id").primaryKey({ autoIncrement: true }),
  year: integer("year").notNull(),
  periodFrom: integer("period_from"),
  supporterCode: text("supporter_code").notNull().references(() => supporters.code),
  districtCode: text("district_code").notNull().references(() => districts.code),
  sourceId: text("source_id").notNull().references(() => sources.id),
  isDemo: integer("is_demo", { mode: "boolean" }).notNull(),
  note: text("note"),
  /**
   * The batch (import, form, demo switch) that wrote the record; null for the seed. Not indexed:
   * no read looks records up by batch (undo works from batch_changes), and every index costs each
   * of an import's 100,000 inserts.
   */
  batchId: integer("batch_id"),
  /**
   * Set on a demonstration record when a real figure for its cell (district × metric × year)
   * arrives, or when demonstration data is switched off: kept, not deleted, so undo restores it.
   * Every read (rollup, record tables) leaves retired records out.
   */
  retiredByBatch: integer("retired_by_batch"),
});

export const BATCH_KINDS = ["import", "form", "demo-off", "revert"] as const;
export const BATCH_STATES = ["applied", "reverted"] as const;

/**
 * One user action that wrote figures: an uploaded file, a form submission, the demonstration
 * switch, or the undo of one of these. Undo works batch by batch from batch_changes.
 */
export const importBatches = sqliteTable(
  "import_batches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: BATCH_KINDS }).notNull(),
    state: text("state", { enum: BATCH_STATES }).notNull(),
    createdAt: text("created_at").notNull(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    fileName: text("file_name"),
    /** SHA-256 of the uploaded bytes, so the same file twice is recognised. */
    sha256: text("sha256"),
    inserted: integer("inserted").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    deleted: integer("deleted").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    refused: integer("refused").notNull().default(0),
    retired: integer("retired").notNull().default(0),
    /** For a revert: the batch it undid. For an undone batch: the revert that undid it. */
    revertOf: integer("revert_of"),
    revertedBy: integer("reverted_by"),
    /** JSON list of { district, supporter } the batch touched, for the undo's scope check. */
    targets: text("targets").notNull().default("[]"),
  },
  (t) => [index("batches_sha_idx").on(t.sha256), index("batches_created_idx").on(t.createdAt)],
);

/**
 * What a batch did to each record (before / after as JSON), so it can be undone exactly. An
 * inserted record has neither: undo deletes it, and the record itself (with its batch_id) is what
 * was inserted until a later batch changes it and logs it as its before.
 */
export const batchChanges = sqliteTable(
  "batch_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    batchId: integer("batch_id").notNull().references(() => importBatches.id),
    metric: text("metric").notNull(),
    recordId: integer("record_id").notNull(),
    op: text("op", { enum: ["insert", "update", "delete"] }).notNull(),
    before: text("before"),
    after: text("after"),
  },
  (t) => [index("changes_batch_idx").on(t.batchId), index("changes_record_idx").on(t.metric, t.recordId, t.batchId)],
);

export const FUND_KINDS = ["free_aid", "economic_cooperation", "other"] as const;

export const fundRecords = sqliteTable(
  "fund_records",
  {
    ...recordColumns(),
    amountWan: integer("amount_wan").notNull(),
    kind: text("kind", { enum: FUND_KINDS }).notNull(),
    sector: text("sector"),
    /** Aid projects the amount was spent on, where the source says (descriptive, not a metric). */
    aidProjectCount: integer("aid_project_count"),
  },
  (t) => [
    check("fund_amount_positive", sql`${t.amountWan} > 0`),
    index("fund_amount_idx").on(t.amountWan),
    index("fund_year_idx").on(t.year, t.id),
    index("fund_sector_idx").on(t.sector),
    index("fund_supporter_idx").on(t.supporterCode),
    index("fund_district_amount_idx").on(t.districtCode, t.amountWan),
    index("fund_retired_idx").on(t.retiredByBatch),
  ],
);

export const PROJECT_STATUSES = ["signed", "under_construction", "operating"] as const;

export const projects = sqliteTable(
  "projects",
  {
    ...recordColumns(),
    name: text("name").notNull(),
    sector: text("sector"),
    investmentWan: integer("investment_wan").notNull(),
    status: text("status", { enum: PROJECT_STATUSES }).notNull(),
    /** 1 for an itemised project; a real source may report a batch ("66 projects") as one record. */
    quantity: integer("quantity").notNull().default(1),
  },
  (t) => [
    check("project_quantity_positive", sql`${t.quantity} > 0`),
    index("project_investment_idx").on(t.investmentWan),
    index("project_year_idx").on(t.year, t.id),
    index("project_sector_idx").on(t.sector),
    index("project_supporter_idx").on(t.supporterCode),
    index("project_district_investment_idx").on(t.districtCode, t.investmentWan),
    index("project_retired_idx").on(t.retiredByBatch),
  ],
);

export const TRAINING_KINDS = ["cadre", "technical", "entrepreneur", "management", "medical", "teacher", "various"] as const;

export const trainings = sqliteTable(
  "trainings",
  {
    ...recordColumns(),
    programme: text("programme").notNull(),
    kind: text("kind", { enum: TRAINING_KINDS }).notNull(),
    participants: integer("participants").notNull(),
  },
  (t) => [
    check("training_participants_positive", sql`${t.participants} > 0`),
    index("training_participants_idx").on(t.participants),
    index("training_year_idx").on(t.year, t.id),
    index("training_supporter_idx").on(t.supporterCode),
    index("training_district_participants_idx").on(t.districtCode, t.participants),
    index("training_retired_idx").on(t.retiredByBatch),
  ],
);

export const SCHOOL_LEVELS = ["primary", "middle", "high", "nine_year", "vocational", "unspecified"] as const;

export const schools = sqliteTable(
  "schools",
  {
    ...recordColumns(),
    name: text("name").notNull(),
    level: text("level", { enum: SCHOOL_LEVELS }).notNull(),
    investmentWan: integer("investment_wan"),
    quantity: integer("quantity").notNull().default(1),
  },
  (t) => [
    check("school_quantity_positive", sql`${t.quantity} > 0`),
    index("school_investment_idx").on(t.investmentWan),
    index("school_year_idx").on(t.year, t.id),
    index("school_supporter_idx").on(t.supporterCode),
    index("school_district_investment_idx").on(t.districtCode, t.investmentWan),
    index("school_retired_idx").on(t.retiredByBatch),
  ],
);

export const EXCHANGE_DIRECTIONS = ["to_district", "to_supporter", "both"] as const;

export const cadreExchanges = sqliteTable(
  "cadre_exchanges",
  {
    ...recordColumns(),
    direction: text("direction", { enum: EXCHANGE_DIRECTIONS }).notNull(),
    persons: integer("persons").notNull(),
  },
  (t) => [
    check("cadre_persons_positive", sql`${t.persons} > 0`),
    index("cadre_persons_idx").on(t.persons),
    index("cadre_year_idx").on(t.year, t.id),
    index("cadre_supporter_idx").on(t.supporterCode),
    index("cadre_district_persons_idx").on(t.districtCode, t.persons),
    index("cadre_retired_idx").on(t.retiredByBatch),
  ],
);

/**
 * The partners of a joint record (a figure a source gives for several supporters together, e.g.
 * 山东省 + 沈阳市 → 忠县). The record's own supporter_code is the first-named partner; this table
 * lists the others, in the source's order. No source states a split, so each partner is credited
 * the whole figure in per-supporter views and totals count the record once.
 */
export const recordSupporters = sqliteTable(
  "record_supporters",
  {
    metric: text("metric").notNull(),
    recordId: integer("record_id").notNull(),
    supporterCode: text("supporter_code").notNull().references(() => supporters.code),
    /** 1 for the second-named partner, 2 for the third…; the record's own supporter is 0. */
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.metric, t.recordId, t.supporterCode] }), index("record_supporters_supporter_idx").on(t.supporterCode, t.metric)],
);

/**
 * Yearly totals per metric × supporter × district × sector, rebuilt in the same transaction as
 * every write (seed, import). Dashboard aggregates read this instead of scanning the records.
 * sector is '' for records without one, so the primary key stays total.
 */
export const metricRollup = sqliteTable(
  "metric_rollup",
  {
    metric: text("metric").notNull(),
    year: integer("year").notNull(),
    supporterCode: text("supporter_code").notNull(),
    districtCode: text("district_code").notNull(),
    sector: text("sector").notNull(),
    /** First year the figures cover: the year itself, or the start of a real multi-year record. */
    periodStart: integer("period_start").notNull(),
    total: integer("total").notNull(),
    demoTotal: integer("demo_total").notNull(),
    /** Part from real records spanning several years (counted in their last year), kept apart for year-on-year reading. */
    cumulativeTotal: integer("cumulative_total").notNull(),
    records: integer("records").notNull(),
    /** Part from joint records (several supporters), on the lead's row and on each partner's credit row. */
    jointTotal: integer("joint_total").notNull().default(0),
    /**
     * '' for a record's own row. For the credit of a joint record to a further partner: the partners
     * named before it (lead first, comma-separated). Totals count such rows only when none of those
     * earlier partners is selected, so a joint figure is counted once (lib/queries/conditions.ts).
     */
    jointPrior: text("joint_prior").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.metric, t.year, t.supporterCode, t.districtCode, t.sector, t.periodStart, t.jointPrior] }),
    index("rollup_metric_district_idx").on(t.metric, t.districtCode, t.year),
    index("rollup_metric_supporter_idx").on(t.metric, t.supporterCode, t.year),
  ],
);

/**
 * The ten largest records of every rollup cell, by the metric's ranking column. The largest N
 * (N ≤ 10) under any filter are among them, so "largest records" never sorts a whole record table.
 * Rebuilt with the rollup.
 */
export const topRecordIndex = sqliteTable(
  "top_record_index",
  {
    metric: text("metric").notNull(),
    recordId: integer("record_id").notNull(),
    year: integer("year").notNull(),
    supporterCode: text("supporter_code").notNull(),
    districtCode: text("district_code").notNull(),
    sector: text("sector").notNull(),
    periodStart: integer("period_start").notNull(),
    rankValue: integer("rank_value"),
  },
  (t) => [
    primaryKey({ columns: [t.metric, t.recordId] }),
    index("top_metric_rank_idx").on(t.metric, t.rankValue, t.recordId),
    index("top_metric_district_idx").on(t.metric, t.districtCode, t.rankValue),
    index("top_metric_supporter_idx").on(t.metric, t.supporterCode, t.rankValue),
  ],
);

/** One row: what the loaded data set is and when it was written. */
export const datasetInfo = sqliteTable("dataset_info", {
  id: integer("id").primaryKey(),
  asOf: text("as_of").notNull(),
  loadedAt: text("loaded_at").notNull(),
  generator: text("generator").notNull(),
  seed: integer("seed").notNull(),
  scale: integer("scale").notNull(),
});

/**
 * One row (id 1): bumped in the same transaction as every write (seed, import, correction,
 * undo, restore). Caches, ETags and the "data as of" line key on it; nothing else invalidates.
 */
export const dataVersion = sqliteTable("data_version", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull(),
  changedAt: text("changed_at").notNull(),
});

export const AUDIT_OUTCOMES = ["ok", "refused", "failed"] as const;

/**
 * Who did what, when and from where: sign-ins (success and failure), account changes and every
 * write. Appended in the same transaction as the write it describes; never updated.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    /** The account's id, or null for an anonymous attempt (e.g. a failed sign-in). */
    actorId: text("actor_id"),
    /** As typed or as stored, so failed sign-ins for unknown addresses are still traceable. */
    actorEmail: text("actor_email"),
    /** Dotted verb, e.g. auth.sign-in, user.create, records.import, batch.revert. */
    action: text("action").notNull(),
    /** What the action touched, in words a reader can filter on (an email, a batch id, a record). */
    subject: text("subject"),
    /** JSON with the specifics (old → new values, counts, reason for a refusal). */
    detail: text("detail"),
    ip: text("ip"),
    outcome: text("outcome", { enum: AUDIT_OUTCOMES }).notNull(),
  },
  (t) => [
    index("audit_at_idx").on(t.at),
    index("audit_action_idx").on(t.action, t.at),
    index("audit_actor_idx").on(t.actorId, t.at),
  ],
);

/*
 * Accounts (better-auth's four tables, in its sqlite shape; lib/auth/auth.ts maps them by name).
 * Timestamps are milliseconds, as the library's Drizzle adapter writes them.
 */
const authTimestamps = () => ({
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`),
});

export const USER_ROLES = ["admin", "editor", "viewer"] as const;

export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  role: text("role", { enum: USER_ROLES }).notNull().default("viewer"),
  /** Comma-separated GB/T 2260 district codes an editor may write for ('' = none). */
  scopeDistricts: text("scope_districts").notNull().default(""),
  /** Comma-separated supporter codes (a province covers its cities) an editor may write for. */
  scopeSupporters: text("scope_supporters").notNull().default(""),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  /** Set for a one-time password (user:add, reset by an administrator); cleared by a change. */
  mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(true),
  ...authTimestamps(),
});

export const session = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    token: text("token").notNull().unique(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    ...authTimestamps(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const account = sqliteTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
    scope: text("scope"),
    password: text("password"),
    ...authTimestamps(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verification = sqliteTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    ...authTimestamps(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

/**
 * Failed sign-ins per key ("account:<email>" or "address:<ip>"), for the slowing that makes
 * guessing passwords slow. Keys for unknown emails are kept too, so the slowing says nothing
 * about which accounts exist.
 */
export const signInThrottle = sqliteTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: integer("last_failure_at").notNull(),
  blockedUntil: integer("blocked_until").notNull(),
});

export { TARGET_SCOPES };

/**
 * Planned figures (IATI results model: indicator → period → baseline, target; the actual comes from
 * the records). A plan period such as 2021–2025 or one year (period_from = period_to). The value is
 * in the metric's stored unit (funds in 万元). district/supporter are set as the scope needs:
 * program neither, district the district, supporter the supporter, pairing both.
 */
export const targets = sqliteTable(
  "targets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scope: text("scope", { enum: TARGET_SCOPES }).notNull(),
    districtCode: text("district_code").references(() => districts.code),
    supporterCode: text("supporter_code").references(() => supporters.code),
    metric: text("metric").notNull(),
    periodFrom: integer("period_from").notNull(),
    periodTo: integer("period_to").notNull(),
    targetValue: integer("target_value").notNull(),
    baseline: integer("baseline"),
    /** JSON array of yearly shares (one per year of the period, summing to 1); null = linear pace. */
    profile: text("profile"),
    sourceId: text("source_id").notNull().references(() => sources.id),
    isDemo: integer("is_demo", { mode: "boolean" }).notNull(),
    note: text("note"),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    check("target_value_non_negative", sql`${t.targetValue} >= 0`),
    check("target_period_order", sql`${t.periodTo} >= ${t.periodFrom}`),
    check(
      "target_scope_codes",
      sql`(${t.scope} = 'program' and ${t.districtCode} is null and ${t.supporterCode} is null)
        or (${t.scope} = 'district' and ${t.districtCode} is not null and ${t.supporterCode} is null)
        or (${t.scope} = 'supporter' and ${t.districtCode} is null and ${t.supporterCode} is not null)
        or (${t.scope} = 'pairing' and ${t.districtCode} is not null and ${t.supporterCode} is not null)`,
    ),
    // SQLite treats NULLs as distinct in a unique index, so one target per cell is also checked by the writer.
    uniqueIndex("targets_cell_uq").on(t.scope, t.districtCode, t.supporterCode, t.metric, t.periodFrom, t.periodTo),
    index("targets_metric_period_idx").on(t.metric, t.periodFrom, t.periodTo),
  ],
);
