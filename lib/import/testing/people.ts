import type { Person } from "@/lib/auth/scope";

/** People for import tests: an administrator and the 万州区 editor. */
export const ADMIN: Person = { id: "admin-1", email: "admin@example.org", name: "Admin", role: "admin", districts: [], supporters: [], disabled: false };
export const WANZHOU_EDITOR: Person = { id: "editor-wz", email: "wanzhou@example.org", name: "万州编辑", role: "editor", districts: ["500101"], supporters: [], disabled: false };
