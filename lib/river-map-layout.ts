/**
 * Schematic layout of the reservoir districts along the Yangtze: no boundaries, no coordinates,
 * only the order west→east (riverOrder) and the side (main stream, north or south of it) that
 * the districts table records. Pure, so it is tested and drawn the same everywhere.
 */
import { compareCodes } from "./compare-codes";

export type RiverSide = "main" | "north" | "south";
export type MapDistrict = { code: string; riverOrder: number; side: RiverSide };

export type MapNode = {
  code: string;
  side: RiverSide;
  /** Centre of the tile. */
  x: number;
  y: number;
  /** Where a side district's connector meets the river (equal to x, y for the main stream). */
  joinX: number;
  joinY: number;
};

export type RiverMapLayout = {
  width: number;
  height: number;
  tile: { width: number; height: number };
  nodes: MapNode[];
  /** The river as an SVG path through the main-stream tiles, extended past both ends. */
  river: string;
  /** Connectors from side districts to the river. */
  branches: { code: string; d: string }[];
  /** Ends of the river, for the upstream/downstream labels. */
  start: { x: number; y: number };
  end: { x: number; y: number };
};

export const MAP_SIZE = { width: 1240, height: 400, margin: 120, tileWidth: 94, tileHeight: 62, sideOffset: 128, stackOffset: 76, wave: 10 } as const;

/** Height of the river at a position along it: a gentle, fixed meander so it reads as a river. */
function riverY(index: number, baseY: number): number {
  return baseY + MAP_SIZE.wave * Math.sin(index * 1.3);
}

/** Smooth path through points (cardinal spline written as cubic Béziers). */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return "";
  const first = points[0]!;
  let d = `M${round(first.x)},${round(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p0 = points[i - 2] ?? points[i - 1]!;
    const p1 = points[i - 1]!;
    const p2 = points[i]!;
    const p3 = points[i + 1] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${round(c1.x)},${round(c1.y)} ${round(c2.x)},${round(c2.y)} ${round(p2.x)},${round(p2.y)}`;
  }
  return d;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function layoutRiverMap(districts: readonly MapDistrict[]): RiverMapLayout {
  const { width, height, margin, tileWidth, tileHeight, sideOffset, stackOffset } = MAP_SIZE;
  const baseY = height / 2;
  const orders = [...new Set(districts.filter((d) => d.side === "main").map((d) => d.riverOrder))].sort((a, b) => a - b);
  const maxIndex = Math.max(1, orders.length - 1);
  const step = (width - 2 * margin) / maxIndex;
  const xOf = (order: number) => {
    // Orders between main-stream positions (or beyond them) are placed proportionally.
    const index = orders.indexOf(order);
    if (index >= 0) return { x: margin + index * step, index };
    const before = orders.filter((o) => o < order).length;
    return { x: margin + (before - 0.5) * step, index: before - 0.5 };
  };

  const nodes: MapNode[] = [];
  const stacked = new Map<string, number>();
  for (const d of [...districts].sort((a, b) => a.riverOrder - b.riverOrder || compareCodes(a.code, b.code))) {
    const { x, index } = xOf(d.riverOrder);
    if (d.side === "main") {
      const y = riverY(index, baseY);
      nodes.push({ code: d.code, side: d.side, x, y, joinX: x, joinY: y });
      continue;
    }
    // A side district sits half a step downstream of its neighbour, so its connector meets the
    // river between two tiles instead of running into one; the last position goes upstream.
    const shift = index >= maxIndex ? -0.5 : 0.5;
    const joinIndex = index + shift;
    const key = `${d.side}-${d.riverOrder}`;
    const level = stacked.get(key) ?? 0;
    stacked.set(key, level + 1);
    const direction = d.side === "north" ? -1 : 1;
    const joinY = riverY(joinIndex, baseY);
    nodes.push({
      code: d.code,
      side: d.side,
      x: margin + joinIndex * step,
      y: baseY + direction * (sideOffset + level * stackOffset),
      joinX: margin + joinIndex * step,
      joinY,
    });
  }

  const main = nodes.filter((n) => n.side === "main").sort((a, b) => a.x - b.x);
  const start = { x: 8, y: main[0]?.y ?? baseY };
  const end = { x: width - 8, y: main[main.length - 1]?.y ?? baseY };
  const river = smoothPath([start, ...main.map((n) => ({ x: n.x, y: n.y })), end]);
  const branches = nodes
    .filter((n) => n.side !== "main")
    .map((n) => {
      const edgeY = n.side === "north" ? n.y + tileHeight / 2 : n.y - tileHeight / 2;
      return { code: n.code, d: `M${round(n.x)},${round(edgeY)} L${round(n.joinX)},${round(n.joinY)}` };
    });
  return { width, height, tile: { width: tileWidth, height: tileHeight }, nodes, river, branches, start, end };
}
