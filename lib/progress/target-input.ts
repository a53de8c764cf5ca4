import { z } from "zod";
import { TARGET_SCOPES } from "@/db/schema";
import { METRIC_KEYS } from "../metrics";

/** Caps before any work: a plan period of at most 30 years, values up to 10¹² in the stored unit. */
export const MAX_TARGET_VALUE = 1_000_000_000_000;
export const MAX_NOTE_LENGTH = 500;

const code = z.string().regex(/^\d{6}$/, { message: "code" });
const year = z.number().int().min(1992).max(2100);
const value = z.number().int().min(0).max(MAX_TARGET_VALUE);

/**
 * One target as a writer gives it: the single-target form and (later) the targets template of the
 * import read rows through this one schema. Values are in the metric's stored unit (funds in 万元).
 * A scope names exactly the codes it needs: a district target has no supporter, and so on.
 */
export const targetInputSchema = z
  .object({
    scope: z.enum(TARGET_SCOPES),
    district: code.nullish(),
    supporter: code.nullish(),
    metric: z.enum(METRIC_KEYS),
    periodFrom: year,
    periodTo: year,
    targetValue: value,
    baseline: value.nullish(),
    /** Yearly shares, one per year of the period; any positive scale (normalised when read). */
    profile: z.array(z.number().min(0).max(MAX_TARGET_VALUE)).max(30).nullish(),
    note: z.string().trim().min(1).max(MAX_NOTE_LENGTH),
  })
  .strict()
  .superRefine((t, ctx) => {
    const needsDistrict = t.scope === "district" || t.scope === "pairing";
    const needsSupporter = t.scope === "supporter" || t.scope === "pairing";
    if (needsDistrict !== Boolean(t.district)) ctx.addIssue({ code: "custom", path: ["district"], message: needsDistrict ? "required" : "not-allowed" });
    if (needsSupporter !== Boolean(t.supporter)) ctx.addIssue({ code: "custom", path: ["supporter"], message: needsSupporter ? "required" : "not-allowed" });
    if (t.periodTo < t.periodFrom) ctx.addIssue({ code: "custom", path: ["periodTo"], message: "before-start" });
    else if (t.periodTo - t.periodFrom >= 30) ctx.addIssue({ code: "custom", path: ["periodTo"], message: "too-long" });
    if (t.profile && t.profile.length !== t.periodTo - t.periodFrom + 1) ctx.addIssue({ code: "custom", path: ["profile"], message: "length" });
    if (t.profile && !t.profile.some((x) => x > 0)) ctx.addIssue({ code: "custom", path: ["profile"], message: "all-zero" });
  });

export type TargetInput = z.infer<typeof targetInputSchema>;

/** The field a problem belongs to and a stable code for its message (targets.errors.<code>). */
export function inputProblems(error: z.ZodError): { field: string; code: string }[] {
  return error.issues.map((i) => ({
    field: String(i.path[0] ?? "body"),
    code: i.code === "custom" ? i.message : i.code === "invalid_type" && i.message.endsWith("received undefined") ? "required" : "invalid",
  }));
}
