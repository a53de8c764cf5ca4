import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { RecordForm } from "@/components/import/record-form";
import { getDb } from "@/db";
import { getCurrentPerson } from "@/lib/auth/guard";
import { signInHref } from "@/lib/auth/next-path";
import type { Locale } from "@/lib/i18n/config";
import { editableRecord } from "@/lib/import/server/form";
import { formFields } from "@/lib/import/server/form-fields";
import { metricLabel } from "@/lib/format";
import { isMetricKey } from "@/lib/metrics";
import "../../../data.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recordForm");
  return { title: t("title"), robots: { index: false } };
}

/** /data/records/<metric>/new adds a record; /data/records/<metric>/<id> corrects or deletes one. The server checks scope on save. */
export default async function RecordFormPage({ params }: { params: Promise<{ metric: string; id: string }> }) {
  const { metric, id } = await params;
  if (!isMetricKey(metric) || !(id === "new" || /^\d{1,12}$/.test(id))) notFound();
  const person = await getCurrentPerson();
  if (!person) redirect(signInHref(`/data/records/${metric}/${id}`));
  const t = await getTranslations("recordForm");
  const locale = (await getLocale()) as Locale;
  const db = getDb();
  const record = id === "new" ? null : editableRecord(db, metric, Number(id));
  if (id !== "new" && !record) {
    return <section className="data-card"><h1>{t("title")}</h1><p className="notice notice--warning">{t("notFound")} / {t("demoRecord")}</p></section>;
  }
  const initial = Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, v === null ? "" : String(v)]));
  return (
    <section className="data-card" aria-labelledby="form-title">
      <h1 id="form-title">{record ? t("edit", { id }) : t("add")} · {metricLabel(metric, locale)}</h1>
      {record?.batchId ? <p>{t("batchOf", { batch: String(record.batchId) })} · <IntentLink href="/data/batches">{(await getTranslations("batches"))("title")}</IntentLink></p> : null}
      <RecordForm action={record ? `/api/entries/${metric}/${id}` : `/api/entries/${metric}`} method={record ? "PUT" : "POST"} fields={formFields(db, metric, locale)} initial={initial} canDelete={record !== null} />
    </section>
  );
}
