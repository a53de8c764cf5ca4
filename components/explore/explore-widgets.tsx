import { getDb } from "@/db";
import { getCurrentPerson } from "@/lib/auth/guard";
import type { Filters } from "@/lib/filters";
import type { MetricKey } from "@/lib/metrics";
import { cachedBreakdown, cachedFlows } from "@/lib/queries/cached";
import { getRecords } from "@/lib/queries/records";
import type { RecordQuery } from "@/lib/record-query";
import type { VIEW_PARAMS } from "@/lib/filters";
import { FlowPanel } from "./flow-panel";
import { MapPanel } from "./map-panel";
import { RecordsPanel } from "./records-panel";

/** Async server widgets of the explore pages: each reads its first answer so the page streams them. */
export async function MapWidget({ filters, metric, param, headingLevel }: { filters: Filters; metric: MetricKey; param: (typeof VIEW_PARAMS)[number]; headingLevel?: 2 | 3 }) {
  // The map always shows every district; the district filter is drawn as a selection on it.
  return <MapPanel param={param} headingLevel={headingLevel} initial={{ metric, data: cachedBreakdown({ ...filters, districts: [] }, metric, "district") }} />;
}

export async function FlowWidget({ filters, metric }: { filters: Filters; metric: MetricKey }) {
  return <FlowPanel initial={{ metric, data: cachedFlows(filters, metric) }} />;
}

export async function RecordsWidget({ filters, metric, query, hide }: { filters: Filters; metric: MetricKey; query: RecordQuery; hide?: "district" | "supporter" }) {
  const db = getDb();
  const person = await getCurrentPerson();
  const canEdit = person !== null && person.role !== "viewer" && !person.disabled;
  const first = getRecords(db, filters, metric, query);
  // A page past the end (an old link, a hand-edited URL) shows the last page and says so.
  if (first && query.page > first.pages) {
    const last = { ...query, page: first.pages };
    return <RecordsPanel hide={hide} canEdit={canEdit} clampedFrom={query.page} initial={{ metric, query: last, data: getRecords(db, filters, metric, last) }} />;
  }
  return <RecordsPanel hide={hide} canEdit={canEdit} initial={{ metric, query, data: first }} />;
}
