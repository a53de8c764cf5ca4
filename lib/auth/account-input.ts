import { z } from "zod";
import { ROLES } from "./scope";

/**
 * An account as an administrator describes it (user:add and /admin/users share this). Scope codes
 * are checked against the catalog by the caller, which knows the districts and supporters.
 */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
const codes = z
  .array(z.string().trim().regex(/^\d{6}$/))
  .max(40)
  .default([]);

export const accountInputSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(80),
  role: z.enum(ROLES),
  districts: codes,
  supporters: codes,
});

export type AccountInput = z.infer<typeof accountInputSchema>;

export const accountChangeSchema = z.object({
  name: z.string().trim().min(1).max(80).optional(),
  role: z.enum(ROLES).optional(),
  districts: codes.optional(),
  supporters: codes.optional(),
  disabled: z.boolean().optional(),
});

export type AccountChange = z.infer<typeof accountChangeSchema>;

/** Codes that are not a district (resp. supporter) of the catalog; empty when all are known. */
export function unknownCodes(given: readonly string[], known: ReadonlySet<string>): string[] {
  return given.filter((c) => !known.has(c));
}
