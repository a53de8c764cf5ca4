"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useCatalog } from "@/components/catalog-context";
import { ChartFrame } from "@/components/chart-frame";
import { FlowSankeyChart } from "@/components/charts/lazy-charts";
import { MetricSelect } from "@/components/metric-select";
import { chartState } from "@/components/panels/chart-state";
import { useView } from "@/components/view-context";
import { districtLabel, flowModel, flowSummary, flowTable, supporterLabel, type FlowLink, type FlowNode } from "@/lib/flow-shapes";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import type { Initial } from "@/lib/hooks/use-dashboard-queries";
import { useFlowsQuery } from "@/lib/hooks/use-explore-queries";
import { replaceViewParam, useFilterNavigation } from "@/lib/hooks/use-filter-navigation";
import type { MetricKey } from "@/lib/metrics";
import { jointNames } from "@/lib/truth/joint-note";
import { useProfileHref } from "./fixed-scope";
import type { FlowRow } from "@/lib/queries/flows";

/** Who supports whom, sized by a metric: a node opens its profile, a flow filters the view to the pair. */
export function FlowPanel({ initial }: { initial: Initial<FlowRow[] | null> }) {
  const t = useTranslations("explore");
  const tc = useTranslations("confidence");
  const tp = useTranslations("officials.phone");
  const locale = useAppLocale();
  const router = useRouter();
  const { catalog } = useCatalog();
  const { filters } = useView();
  const navigate = useFilterNavigation();
  const hrefOf = useProfileHref();
  const [metric, setMetric] = useState<MetricKey>(initial.metric);
  const [active, setActive] = useState<string | null>(null);
  const query = useFlowsQuery(filters, metric, initial);
  const flows = query.data ?? [];
  const model = flowModel(flows, catalog, metric, filters, locale);
  const unit = metricUnit(metric, locale);
  const format = (stored: number) => `${formatMetricValue(metric, stored, locale)} ${unit}`;
  const bracket = (text: string) => (locale === "en" ? ` (${text})` : `（${text}）`);
  const status = (s: FlowLink["status"]) => (s === "known" ? "" : bracket(s === "unverified" ? tc("unverified") : t("flows.unlisted")));
  const zero = flows.filter((f) => f.value === 0);
  const tj = useTranslations("truth.joint");
  const jointFlows = jointNames(flows, (f) => supporterLabel(f.supporterCode, catalog, locale), locale);

  return (
    <ChartFrame
      name={`${metric}-flows`}
      title={t("flows.title", { metric: metricLabel(metric, locale) })}
      unit={unit}
      demo={flows.some((f) => f.demo > 0)}
      summary={flowSummary(flows, catalog, metric, locale, t)}
      table={flowTable(flows, catalog, metric, locale, t, (c) => tc(c))}
      state={chartState(query, model.total)}
      errorMessage={query.error?.message}
      onRetry={() => void query.refetch()}
      note={[t("flows.note"), jointFlows ? tj("flowNote", { names: jointFlows }) : null].filter(Boolean).join(" · ")}
      controls={
        <MetricSelect
          value={metric}
          testId="flows-metric"
          onChange={(m) => {
            setMetric(m);
            replaceViewParam("metric", m === "funds" ? null : m);
          }}
        />
      }
    >
      <p className="flow-sankey__hint" data-export-ignore>{t("flows.hint")}</p>
      {/* Phones: the Sankey's labels cannot fit; the pairings read as the list below instead. */}
      <p className="flow-phone-note" data-export-ignore>
        <a href="#pairing-table-heading">{tp("pairingsAsList")}</a>
      </p>
      <FlowSankeyChart
        model={model}
        hrefOf={(node: FlowNode) => hrefOf(node.kind, node.code)}
        onOpen={(href) => router.push(href)}
        onSelectLink={(link) => navigate({ ...filters, supporters: [link.supporterCode], districts: [link.districtCode] })}
        onActive={setActive}
        labels={{
          title: t("flows.svgLabel"),
          unverified: bracket(t("flows.unverifiedTag")),
          node: (n) => t(n.kind === "supporter" ? "flows.nodeSupporter" : "flows.nodeDistrict", { name: n.name, value: format(n.stored) }) + (n.unverified ? bracket(tc("unverified")) : ""),
          link: (l, s, d) => t("flows.linkLabel", { from: s.name, to: d.name, value: format(l.stored), demo: format(l.demo) }) + status(l.status),
        }}
      />
      <div className="flow-legend" aria-hidden="true">
        <span className="flow-legend__item">
          <svg width="34" height="10"><line x1="0" y1="5" x2="34" y2="5" stroke="#0072B2" strokeOpacity="0.6" strokeWidth="6" /></svg>
          {t("flows.legendKnown")}
        </span>
        <span className="flow-legend__item">
          <svg width="34" height="10"><line x1="0" y1="5" x2="34" y2="5" stroke="#D55E00" strokeOpacity="0.6" strokeWidth="6" strokeDasharray="7 5" /></svg>
          {t("flows.legendUnverified")}
        </span>
      </div>
      <p className="flow-sankey__active" data-testid="flow-active" data-export-ignore>{active ?? t("flows.activeHint")}</p>
      {zero.length ? (
        <p className="flow-sankey__zero">
          {t("flows.zero", { pairs: zero.map((f) => `${supporterLabel(f.supporterCode, catalog, locale)} → ${districtLabel(f.districtCode, catalog, locale)}`).join(locale === "en" ? ", " : "、") })}
        </p>
      ) : null}
    </ChartFrame>
  );
}
