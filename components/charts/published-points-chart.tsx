"use client";

import { IntentLink } from "@/components/intent-link";
import { PublishedPointsDrawing } from "./lazy-charts";
import type { PublishedPoint } from "@/lib/published-series";

type Props = {
  points: PublishedPoint[];
  heading: string;
  /** Each point in words, with its caveat (also listed under the chart, so it reads without hover). */
  describe: (point: PublishedPoint) => string;
  sourceLabel: string;
  /** Stored → display units. */
  display: (stored: number) => number;
  format: (display: number) => string;
  unit: string;
};

/**
 * The program's cumulative totals as published at other dates, beside the yearly bars: their own
 * small chart (cumulative values are on another scale than yearly ones) and a list with caveats and
 * source links. Never added to any total.
 */
export function PublishedPointsChart({ points, heading, describe, sourceLabel, display, format, unit }: Props) {
  const data = points.map((p) => ({ year: p.year, value: display(p.value), reference: Boolean(p.reference), text: describe(p) }));
  return (
    <div className="published-points" data-testid="published-points">
      <p className="published-points__heading">{heading}</p>
      <PublishedPointsDrawing data={data} format={format} unit={unit} />
      <ul className="published-points__list">
        {points.map((p) => (
          <li key={`${p.year}-${p.sourceId}`} data-reference={p.reference ? "true" : undefined}>
            <span aria-hidden="true">{p.reference ? "○" : "◆"} </span>
            {describe(p)} · <IntentLink href={`/sources#${p.sourceId}`}>{sourceLabel}</IntentLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
