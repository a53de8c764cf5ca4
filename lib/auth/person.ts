import type { Person, Role } from "./scope";
import { ROLES } from "./scope";

/** The columns of the user table the server needs to decide what a person may do. */
export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  scopeDistricts: string;
  scopeSupporters: string;
  disabled: boolean;
};

/** Scopes are stored comma-separated; blanks and repeats are dropped. */
export function parseScope(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(",").map((s) => s.trim()).filter(Boolean))];
}

export function formatScope(codes: readonly string[]): string {
  return [...new Set(codes)].join(",");
}

/** An unknown role in the database reads as the least powerful one, never as more. */
export function toRole(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : "viewer";
}

export function personFromRow(row: UserRow): Person {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: toRole(row.role),
    districts: parseScope(row.scopeDistricts),
    supporters: parseScope(row.scopeSupporters),
    disabled: row.disabled,
  };
}
