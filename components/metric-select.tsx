"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { metricLabel } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { METRIC_KEYS, isMetricKey, type MetricKey } from "@/lib/metrics";

export function MetricSelect({ value, onChange, testId }: { value: MetricKey; onChange: (metric: MetricKey) => void; testId: string }) {
  const t = useTranslations("charts");
  const locale = useAppLocale();
  const id = useId();
  return (
    <span className="metric-select">
      <label htmlFor={id}>{t("metric")}</label>
      <select id={id} value={value} data-testid={testId} onChange={(e) => isMetricKey(e.target.value) && onChange(e.target.value)}>
        {METRIC_KEYS.map((m) => (
          <option key={m} value={m}>{metricLabel(m, locale)}</option>
        ))}
      </select>
    </span>
  );
}
