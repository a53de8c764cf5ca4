"use client";

import type { KeyboardEvent, MouseEvent } from "react";
import type { MapDatum } from "@/lib/map-shapes";
import { classColour, classIsDark } from "@/lib/map-scale";
import type { RiverMapLayout } from "@/lib/river-map-layout";

export const MAP_NONE_PATTERN_ID = "duikou-map-none";

type Labels = { title: string; upstream: string; downstream: string; river: string; noPairing: string; unverified: string; tile: (d: MapDatum) => string };

type Props = {
  layout: RiverMapLayout;
  data: MapDatum[];
  classCount: number;
  labels: Labels;
  format: (stored: number) => string;
  /** additive: Shift/Ctrl/⌘ held, to add or remove one district instead of choosing only it. */
  onSelect: (code: string, additive: boolean) => void;
  onActive: (code: string | null) => void;
};

/**
 * The schematic river map: the Yangtze west→east, main-stream districts on it, side districts
 * beside it. Each tile is a button (Tab, Enter/Space); its value is written on it, so colour is
 * never the only carrier; zero is hatched, no pairing is a dashed border, selection a thick one.
 */
export function RiverMapChart({ layout, data, classCount, labels, format, onSelect, onActive }: Props) {
  const byCode = new Map(data.map((d) => [d.code, d]));
  const { width: w, height: h } = layout.tile;
  const activate = (code: string, event: MouseEvent | KeyboardEvent) => onSelect(code, event.shiftKey || event.ctrlKey || event.metaKey);

  return (
    <svg className="river-map" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={labels.title} data-testid="river-map">
      <defs>
        <pattern id={MAP_NONE_PATTERN_ID} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#f7f9fb" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#aab4c0" strokeWidth="2" />
        </pattern>
      </defs>
      <path d={layout.river} className="river-map__river" fill="none" />
      <text x={layout.start.x} y={layout.start.y - layout.tile.height / 2 - 16} className="river-map__end">{labels.upstream}</text>
      <text x={layout.end.x} y={layout.end.y - layout.tile.height / 2 - 16} className="river-map__end" textAnchor="end">{labels.downstream}</text>
      <text x={layout.start.x + 6} y={layout.start.y + 30} className="river-map__river-name">{labels.river}</text>
      {layout.branches.map((b) => (
        <path key={b.code} d={b.d} className="river-map__branch" fill="none" />
      ))}
      {layout.nodes.map((node) => {
        const d = byCode.get(node.code);
        if (!d) return null;
        const dark = d.classIndex !== null && classIsDark(d.classIndex, classCount);
        const fill = d.classIndex === null ? `url(#${MAP_NONE_PATTERN_ID})` : classColour(d.classIndex, classCount);
        const x = node.x - w / 2;
        const y = node.y - h / 2;
        const tag = d.pairing === "none" ? labels.noPairing : d.pairing === "unverified" ? labels.unverified : null;
        return (
          <g
            key={node.code}
            role="button"
            tabIndex={0}
            aria-pressed={d.selected}
            aria-label={labels.tile(d)}
            className={`river-map__tile${d.selected ? " river-map__tile--selected" : ""}${dark ? " river-map__tile--dark" : ""}`}
            data-testid={`map-district-${node.code}`}
            data-class={d.classIndex ?? "none"}
            onClick={(e) => activate(node.code, e)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                activate(node.code, e);
              }
            }}
            onMouseEnter={() => onActive(node.code)}
            onFocus={() => onActive(node.code)}
          >
            {/* A ring outside the tile marks the selection on light and dark fills alike. */}
            {d.selected ? <rect x={x - 5} y={y - 5} width={w + 10} height={h + 10} rx={11} fill="none" stroke="#1b2430" strokeWidth={3} /> : null}
            <rect
              x={x}
              y={y}
              width={w}
              height={h}
              rx={8}
              fill={fill}
              stroke={d.selected ? "#ffffff" : "#7a8594"}
              strokeWidth={d.selected ? 2 : 1}
              strokeDasharray={d.pairing === "none" ? "6 4" : undefined}
              className="river-map__box"
            />
            <text x={node.x} y={y + 20} textAnchor="middle" className="river-map__name">
              {d.selected ? "✓ " : ""}
              {d.short}
            </text>
            <text x={node.x} y={y + 38} textAnchor="middle" className="river-map__value">{format(d.value)}</text>
            {tag ? <text x={node.x} y={y + 54} textAnchor="middle" className="river-map__tag">{tag}</text> : null}
          </g>
        );
      })}
    </svg>
  );
}
