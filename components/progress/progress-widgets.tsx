import "server-only";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import type { Filters } from "@/lib/filters";
import { METRIC_KEYS } from "@/lib/metrics";
import { parsePeriod } from "@/lib/progress/pace";
import { compareByUrgency } from "@/lib/progress/status";
import { thresholdsFromEnv } from "@/lib/progress/thresholds";
import { getProgress, getScopeProgress, getTargetPeriods, type ProgressRow } from "@/lib/queries/progress";
import { progressCaption } from "./progress-context";
import { ProgressOverviewPanel } from "./progress-overview-panel";
import { ProgressTable } from "./progress-table";

/** The default plan period (the longest, earliest one with targets), or null when there are no targets. */
function defaultPeriod() {
  const key = getTargetPeriods(getDb())[0] ?? null;
  const period = key ? parsePeriod(key) : null;
  return key && period ? { key, period } : null;
}

/** Overview and profiles: one bullet per metric for the view's scope in the default plan period. */
export async function ProgressWidget({ filters }: { filters: Filters }) {
  const chosen = defaultPeriod();
  if (!chosen) return null;
  const thresholds = thresholdsFromEnv();
  const rows = METRIC_KEYS.map((m) => getScopeProgress(getDb(), filters, m, chosen.period, thresholds)).filter((r): r is ProgressRow => r !== null);
  return <ProgressOverviewPanel rows={rows} period={chosen.key} applicable={filters.sectors.length === 0} caption={await progressCaption(filters, chosen.period)} />;
}

/** A profile's pairings with their targets and status, every metric, worst first. */
export async function PairingTargetsWidget({ filters }: { filters: Filters }) {
  const chosen = defaultPeriod();
  if (!chosen) return null;
  const t = await getTranslations("progress");
  const thresholds = thresholdsFromEnv();
  const rows = METRIC_KEYS.flatMap((m) => getProgress(getDb(), filters, "pairing", m, chosen.period, thresholds));
  rows.sort(compareByUrgency);
  const title = t("pairingTargetsTitle", { period: chosen.key });
  return (
    <section className="panel" aria-labelledby="pairing-targets-heading" data-testid="pairing-targets">
      <h2 id="pairing-targets-heading" className="chart-frame__title">{title}</h2>
      <ProgressTable rows={rows} caption={title} testId="pairing-targets-table" showMetric />
    </section>
  );
}
