"use client";

import { IntentLink } from "@/components/intent-link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useCatalog } from "@/components/catalog-context";
import { metricLabel } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { localized } from "@/lib/i18n/config";
import { METRIC_KEYS, METRICS, type MetricKey } from "@/lib/metrics";
import { TARGET_SCOPES, type TargetScope } from "@/lib/progress/target-scope";
import { placeName } from "@/lib/place-names";

export type TargetFormValues = {
  id: number | null;
  scope: TargetScope;
  district: string;
  supporter: string;
  metric: MetricKey;
  periodFrom: number;
  periodTo: number;
  targetValue: string;
  baseline: string;
  profile: string;
  note: string;
  isDemo: boolean;
};

type Issue = { field: string; message: string };

/**
 * Add, correct or delete one target. Values are in the metric's stored unit (funds in 万元), as
 * in the import template; the server checks everything again and decides who may write.
 */
export function TargetForm({ initial, backHref }: { initial: TargetFormValues; backHref: string }) {
  const t = useTranslations("targetForm");
  const locale = useAppLocale();
  const router = useRouter();
  const { catalog } = useCatalog();
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [status, setStatus] = useState<"idle" | "working" | "saved" | "deleted">("idle");
  const set = <K extends keyof TargetFormValues>(key: K, value: TargetFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const needsDistrict = values.scope === "district" || values.scope === "pairing";
  const needsSupporter = values.scope === "supporter" || values.scope === "pairing";
  const number = (text: string) => (text.trim() === "" ? null : Number(text.trim()));

  const answer = async (response: Response) => {
    if (response.ok) return true;
    const body = (await response.json().catch(() => ({}))) as { error?: string; issues?: Issue[] };
    setIssues(body.issues?.length ? body.issues : [{ field: "body", message: body.error ?? t("errors.title") }]);
    setStatus("idle");
    return false;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus("working");
    setIssues([]);
    const profile = values.profile.trim() === "" ? null : values.profile.split(/[,，\s]+/).filter(Boolean).map(Number);
    const body = {
      scope: values.scope,
      district: needsDistrict ? values.district || null : null,
      supporter: needsSupporter ? values.supporter || null : null,
      metric: values.metric,
      periodFrom: values.periodFrom,
      periodTo: values.periodTo,
      targetValue: number(values.targetValue),
      baseline: number(values.baseline),
      profile,
      note: values.note,
    };
    const response = await fetch("/api/targets", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (await answer(response)) {
      const saved = (await response.json()) as { id: number };
      setValues((v) => ({ ...v, id: saved.id, isDemo: false }));
      setStatus("saved");
      router.refresh();
    }
  };

  const remove = async () => {
    if (values.id === null || !window.confirm(t("confirmDelete"))) return;
    setStatus("working");
    setIssues([]);
    if (await answer(await fetch(`/api/targets/${values.id}`, { method: "DELETE" }))) {
      setValues((v) => ({ ...v, id: null }));
      setStatus("deleted");
      router.refresh();
    }
  };

  const fieldIssue = (field: string) => issues.filter((i) => i.field === field).map((i) => <span key={i.message} className="target-form__error">{i.message}</span>);
  const unit = localized(METRICS[values.metric].storedUnit, locale);

  return (
    <form className="target-form" onSubmit={submit} noValidate data-testid="target-form">
      {values.isDemo ? <p className="notice notice--warning">{t("demoWillBeReplaced")}</p> : null}
      <label>
        {t("fields.scope")}
        <select value={values.scope} onChange={(e) => set("scope", e.target.value as TargetScope)} data-testid="target-scope">
          {TARGET_SCOPES.map((s) => <option key={s} value={s}>{t(`scopes.${s}`)}</option>)}
        </select>
      </label>
      {needsDistrict ? (
        <label>
          {t("fields.district")}
          <select value={values.district} onChange={(e) => set("district", e.target.value)} data-testid="target-district">
            <option value="">{t("choose")}</option>
            {catalog.districts.map((d) => <option key={d.code} value={d.code}>{placeName(d, locale)}</option>)}
          </select>
          {fieldIssue("district")}
        </label>
      ) : null}
      {needsSupporter ? (
        <label>
          {t("fields.supporter")}
          <select value={values.supporter} onChange={(e) => set("supporter", e.target.value)} data-testid="target-supporter">
            <option value="">{t("choose")}</option>
            {catalog.supporters.map((s) => <option key={s.code} value={s.code}>{placeName(s, locale)}</option>)}
          </select>
          {fieldIssue("supporter")}
        </label>
      ) : null}
      <label>
        {t("fields.metric")}
        <select value={values.metric} onChange={(e) => set("metric", e.target.value as MetricKey)} data-testid="target-metric">
          {METRIC_KEYS.map((m) => <option key={m} value={m}>{metricLabel(m, locale)}</option>)}
        </select>
      </label>
      <fieldset className="target-form__period">
        <legend>{t("fields.period")}</legend>
        <input type="number" inputMode="numeric" aria-label={t("fields.periodFrom")} value={values.periodFrom} onChange={(e) => set("periodFrom", Number(e.target.value))} data-testid="target-from" />
        <span aria-hidden="true">–</span>
        <input type="number" inputMode="numeric" aria-label={t("fields.periodTo")} value={values.periodTo} onChange={(e) => set("periodTo", Number(e.target.value))} data-testid="target-to" />
        {fieldIssue("periodFrom")}
        {fieldIssue("periodTo")}
      </fieldset>
      <label>
        {t("fields.targetValue")} ({unit})
        <input type="text" inputMode="numeric" value={values.targetValue} onChange={(e) => set("targetValue", e.target.value)} data-testid="target-value" required />
        {fieldIssue("targetValue")}
      </label>
      <label>
        {t("fields.baseline")} ({unit})
        <input type="text" inputMode="numeric" value={values.baseline} onChange={(e) => set("baseline", e.target.value)} data-testid="target-baseline" />
        {fieldIssue("baseline")}
      </label>
      <label>
        {t("fields.profile")}
        <input type="text" value={values.profile} placeholder="16, 18, 20, 22, 24" onChange={(e) => set("profile", e.target.value)} data-testid="target-profile" />
        <small>{t("profileHint")}</small>
        {fieldIssue("profile")}
      </label>
      <label>
        {t("fields.note")}
        <textarea value={values.note} maxLength={500} onChange={(e) => set("note", e.target.value)} data-testid="target-note" required />
        {fieldIssue("note")}
      </label>
      {fieldIssue("body")}
      <div className="target-form__actions">
        <button type="submit" className="button" disabled={status === "working"} data-testid="target-save">{t("save")}</button>
        {values.id !== null ? <button type="button" className="button button--ghost" onClick={remove} disabled={status === "working"} data-testid="target-delete">{t("delete")}</button> : null}
        <IntentLink href={backHref}>{t("back")}</IntentLink>
      </div>
      <p role="status" data-testid="target-status">{status === "saved" ? t("saved") : status === "deleted" ? t("deleted") : ""}</p>
    </form>
  );
}
