import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ImportPanel } from "@/components/import/import-panel";
import { getCurrentPerson } from "@/lib/auth/guard";
import { signInHref } from "@/lib/auth/next-path";
import "../data.css";
import { PageMessages } from "@/components/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("importPage");
  return { title: t("title"), robots: { index: false } };
}

/** Upload a district's or supporter's spreadsheet: preview, then confirm. Editors and administrators. */
export default async function ImportPage() {
  const person = await getCurrentPerson();
  if (!person) redirect(signInHref("/data/import"));
  const t = await getTranslations("importPage");
  return (
    <section className="data-card" aria-labelledby="import-title">
      <h1 id="import-title">{t("title")}</h1>
      <p>{t("intro")}</p>
      {person.role === "viewer" ? <p className="notice notice--warning">{t("signIn")}</p> : <PageMessages name="import"><ImportPanel /></PageMessages>}
    </section>
  );
}
