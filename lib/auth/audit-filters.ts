import { z } from "zod";
import { AUDIT_OUTCOMES } from "@/db/schema";

/** Audit-log filters from the URL (page and CSV export alike). A bad value is dropped and named. */
export type AuditFilters = {
  action?: string;
  person?: string;
  from?: string;
  to?: string;
  outcome?: (typeof AUDIT_OUTCOMES)[number];
  page: number;
};

const FIELDS = {
  action: z.string().regex(/^[a-z][a-z0-9.-]{1,48}$/),
  person: z.string().trim().min(1).max(254),
  from: z.iso.date(),
  to: z.iso.date(),
  outcome: z.enum(AUDIT_OUTCOMES),
  page: z.coerce.number().int().min(1).max(100_000),
} as const;

export function parseAuditFilters(params: URLSearchParams): { filters: AuditFilters; dropped: string[] } {
  const filters: AuditFilters = { page: 1 };
  const dropped: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    const raw = params.get(key);
    if (raw === null || raw === "") continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) Object.assign(filters, { [key]: parsed.data });
    else dropped.push(key);
  }
  for (const key of params.keys()) if (!(key in FIELDS) && key !== "format") dropped.push(key);
  return { filters, dropped: [...new Set(dropped)] };
}

/** The day's bounds in China time (the program's), as the UTC instants the log stores. */
export function dayStartUtc(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}
export function dayEndUtc(date: string): string {
  return new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();
}

export function auditFilterQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const key of ["action", "person", "from", "to", "outcome"] as const) if (filters[key]) q.set(key, filters[key]!);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
