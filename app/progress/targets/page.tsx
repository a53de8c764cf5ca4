import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { TargetForm, type TargetFormValues } from "@/components/progress/target-form";
import { getDb } from "@/db";
import { findTargetCell } from "@/db/target-write";
import { getCurrentPerson } from "@/lib/auth/guard";
import { firstParam } from "@/lib/filters";
import { isMetricKey } from "@/lib/metrics";
import { parsePeriod } from "@/lib/progress/pace";
import { isTargetScope } from "@/lib/progress/target-scope";
import { PageMessages } from "@/components/page-messages";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("targetForm");
  return { title: t("title"), robots: { index: false } };
}

const code = (value: string | undefined) => (value && /^\d{6}$/.test(value) ? value : "");

/**
 * The single-target form. The query names the cell to open (scope, district, supporter, metric,
 * period), as the "correct" links of /progress do; the target in that cell, if any, fills the form.
 */
export default async function TargetFormPage({ searchParams }: Props) {
  const t = await getTranslations("targetForm");
  const raw = await searchParams;
  const person = await getCurrentPerson();
  const self = `/progress/targets?${new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))).toString()}`;
  if (!person) {
    return (
      <section className="panel" data-testid="target-sign-in">
        <h1 className="page-title">{t("title")}</h1>
        <p>{t("signInFirst")}</p>
        <IntentLink className="button" href={`/sign-in?next=${encodeURIComponent(self)}`}>{t("signIn")}</IntentLink>
      </section>
    );
  }
  const scopeParam = firstParam(raw, "scope");
  const metricParam = firstParam(raw, "metric");
  const period = parsePeriod(firstParam(raw, "period") ?? "") ?? { from: 2021, to: 2025 };
  const scope = isTargetScope(scopeParam) ? scopeParam : "pairing";
  const metric = metricParam && isMetricKey(metricParam) ? metricParam : "funds";
  const district = scope === "district" || scope === "pairing" ? code(firstParam(raw, "district")) : "";
  const supporter = scope === "supporter" || scope === "pairing" ? code(firstParam(raw, "supporter")) : "";
  const existing = findTargetCell(getDb(), { scope, district: district || null, supporter: supporter || null, metric, periodFrom: period.from, periodTo: period.to });
  const profile = existing?.profile ? (JSON.parse(existing.profile) as number[]).join(", ") : "";
  const initial: TargetFormValues = {
    id: existing?.id ?? null,
    scope,
    district,
    supporter,
    metric,
    periodFrom: period.from,
    periodTo: period.to,
    targetValue: existing ? String(existing.targetValue) : "",
    baseline: existing?.baseline !== null && existing?.baseline !== undefined ? String(existing.baseline) : "",
    profile,
    note: existing && !existing.isDemo ? existing.note ?? "" : "",
    isDemo: existing?.isDemo ?? false,
  };
  const back = new URLSearchParams({ by: scope === "program" ? "district" : scope, metric, period: `${period.from}-${period.to}` });
  return (
    <section className="panel">
      <h1 className="page-title">{t(existing ? "titleCorrect" : "title")}</h1>
      <p className="page-lead">{t("intro", { role: person.role })}</p>
      <PageMessages name="progress"><TargetForm initial={initial} backHref={`/progress?${back.toString()}`} /></PageMessages>
    </section>
  );
}
