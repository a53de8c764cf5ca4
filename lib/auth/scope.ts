/**
 * Who may write what: the one scope check every write goes through on the server (route
 * handlers and server actions alike, via lib/auth/guard.ts). Pure, so it is unit-tested alone.
 */
export const ROLES = ["admin", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person as the server sees them. Empty scope lists mean "no such scope". */
export type Person = {
  id: string;
  email: string;
  name: string;
  role: Role;
  districts: readonly string[];
  supporters: readonly string[];
  disabled: boolean;
};

/** Writes that touch figures carry the cells they touch; the rest are administrator-only. */
export type WriteAction =
  | { kind: "records.write"; targets: readonly WriteTarget[] }
  | { kind: "targets.write"; targets: readonly WriteTarget[] }
  | { kind: "batch.revert"; targets: readonly WriteTarget[]; uploaderId: string | null }
  | { kind: "users.manage" }
  | { kind: "audit.read" }
  | { kind: "demo.switch" }
  | { kind: "backup" };

/** A record's place: its district and supporter (either may be null for a program-wide target). */
export type WriteTarget = { district: string | null; supporter: string | null };

export type RefusalReason =
  | { code: "signed-out" }
  | { code: "disabled" }
  | { code: "viewer" }
  | { code: "admin-only" }
  | { code: "no-scope" }
  | { code: "out-of-scope"; district: string | null; supporter: string | null }
  | { code: "not-uploader" };

export type Decision = { ok: true } | { ok: false; status: 401 | 403; reason: RefusalReason };

/** Province → its cities, so an editor for 广东省 may also write 深圳市's records. */
export type ParentOf = (supporterCode: string) => string | null;

const refuse = (status: 401 | 403, reason: RefusalReason): Decision => ({ ok: false, status, reason });

/**
 * A target is within an editor's scope when its district is one of theirs, or its supporter (or
 * the supporter's province) is one of theirs. A target with neither (program-wide) is admin-only.
 */
export function targetInScope(person: Person, target: WriteTarget, parentOf: ParentOf): boolean {
  if (target.district && person.districts.includes(target.district)) return true;
  if (!target.supporter) return false;
  if (person.supporters.includes(target.supporter)) return true;
  const parent = parentOf(target.supporter);
  return parent !== null && person.supporters.includes(parent);
}

export function checkWrite(person: Person | null, action: WriteAction, parentOf: ParentOf): Decision {
  if (!person) return refuse(401, { code: "signed-out" });
  if (person.disabled) return refuse(403, { code: "disabled" });
  if (person.role === "admin") return { ok: true };
  if (person.role === "viewer") return refuse(403, { code: "viewer" });
  if (!("targets" in action)) return refuse(403, { code: "admin-only" });
  if (person.districts.length === 0 && person.supporters.length === 0) return refuse(403, { code: "no-scope" });
  if (action.kind === "batch.revert" && action.uploaderId !== person.id) return refuse(403, { code: "not-uploader" });
  const outside = action.targets.find((t) => !targetInScope(person, t, parentOf));
  if (outside) return refuse(403, { code: "out-of-scope", district: outside.district, supporter: outside.supporter });
  return { ok: true };
}
