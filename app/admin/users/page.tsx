import type { Metadata } from "next";
import { asc } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { UsersAdmin, type AdminUser } from "@/components/admin/users-admin";
import { getDb } from "@/db";
import { user } from "@/db/schema";
import { parseScope } from "@/lib/auth/person";
import { requireAdminPage } from "@/lib/auth/page-guard";
import { PERSON_COLUMNS } from "@/lib/auth/guard";
import { PageMessages } from "@/components/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminUsersPage() {
  const current = await requireAdminPage("/admin/users");
  const t = await getTranslations("admin");
  if (!current) return <p className="notice notice--warning" data-testid="admin-forbidden">{t("forbidden")}</p>;
  const users: AdminUser[] = getDb()
    .select(PERSON_COLUMNS)
    .from(user)
    .orderBy(asc(user.email))
    .all()
    .map(({ scopeDistricts, scopeSupporters, ...u }) => ({ ...u, districts: parseScope(scopeDistricts), supporters: parseScope(scopeSupporters) }));
  return (
    <section className="admin-page" aria-labelledby="admin-users-title">
      <h1 id="admin-users-title">{t("users.title")}</h1>
      <p className="admin-page__intro">{t("users.intro")}</p>
      <PageMessages name="adminUsers"><UsersAdmin users={users} meId={current.person.id} /></PageMessages>
    </section>
  );
}
