/**
 * SVG path data ("M10 20 L30 40 A5 5 0 0 1 …") as absolute moves, lines and cubic curves,
 * the three things a PDF path can hold. Quadratic curves are raised to cubics, arcs split into
 * cubics of at most 90°; smooth forms reflect the previous control point as SVG says.
 */
export type PathSegment =
  | { op: "M"; x: number; y: number }
  | { op: "L"; x: number; y: number }
  | { op: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: "Z" };

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

function tokens(d: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([MLHVCSQTAZ])|([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/gi;
  for (const m of d.matchAll(re)) out.push(m[1] ?? Number(m[2]));
  return out;
}

/** An elliptical arc as cubic segments (SVG implementation notes, F.6.5 and F.6.6). */
function arcToCubics(x0: number, y0: number, rxIn: number, ryIn: number, angle: number, large: boolean, sweep: boolean, x: number, y: number): PathSegment[] {
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (!rx || !ry || (x0 === x && y0 === y)) return [{ op: "L", x, y }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x0 - x) / 2;
  const dy = (y0 - y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const coef = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (coef * rx * y1) / ry;
  const cy1 = (-coef * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (x0 + x) / 2;
  const cy = sin * cx1 + cos * cy1 + (y0 + y) / 2;
  const angleOf = (ux: number, uy: number, vx: number, vy: number) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angleOf(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angleOf((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number) => ({ x: cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, y: cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos });
  const deriv = (t: number) => ({ x: -rx * Math.sin(t) * cos - ry * Math.cos(t) * sin, y: -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos });
  const out: PathSegment[] = [];
  for (let i = 0; i < parts; i++) {
    const a = theta1 + i * step;
    const b = a + step;
    const p0 = point(a);
    const p1 = point(b);
    const d0 = deriv(a);
    const d1 = deriv(b);
    out.push({ op: "C", x1: p0.x + k * d0.x, y1: p0.y + k * d0.y, x2: p1.x - k * d1.x, y2: p1.y - k * d1.y, x: i === parts - 1 ? x : p1.x, y: i === parts - 1 ? y : p1.y });
  }
  return out;
}

export function parsePath(d: string): PathSegment[] {
  const list = tokens(d);
  const out: PathSegment[] = [];
  let i = 0;
  let command = "";
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The last cubic's / quadratic's second control point, for S and T.
  let lastCubic: [number, number] | null = null;
  let lastQuad: [number, number] | null = null;
  while (i < list.length) {
    const token = list[i];
    if (typeof token === "string") {
      command = token;
      i++;
      if (command === "Z" || command === "z") {
        out.push({ op: "Z" });
        x = startX;
        y = startY;
        lastCubic = lastQuad = null;
        continue;
      }
    } else if (!command || command === "Z" || command === "z") throw new Error(`path data: number without command in "${d.slice(0, 40)}"`);
    const upper = command.toUpperCase();
    const count = ARGS[upper]!;
    const a = list.slice(i, i + count);
    if (a.length < count || a.some((v) => typeof v !== "number")) throw new Error(`path data: ${command} needs ${count} numbers`);
    i += count;
    const n = a as number[];
    const rel = command !== upper;
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    let cubic: [number, number] | null = null;
    let quad: [number, number] | null = null;
    switch (upper) {
      case "M":
        x = ox + n[0]!;
        y = oy + n[1]!;
        startX = x;
        startY = y;
        out.push({ op: "M", x, y });
        // Further pairs after a move are lines.
        command = rel ? "l" : "L";
        break;
      case "L":
        x = ox + n[0]!;
        y = oy + n[1]!;
        out.push({ op: "L", x, y });
        break;
      case "H":
        x = ox + n[0]!;
        out.push({ op: "L", x, y });
        break;
      case "V":
        y = oy + n[0]!;
        out.push({ op: "L", x, y });
        break;
      case "C":
      case "S": {
        const [x1, y1]: [number, number] = upper === "C" ? [ox + n[0]!, oy + n[1]!] : lastCubic ? [2 * x - lastCubic[0], 2 * y - lastCubic[1]] : [x, y];
        const rest = upper === "C" ? n.slice(2) : n;
        const x2 = ox + rest[0]!;
        const y2 = oy + rest[1]!;
        x = ox + rest[2]!;
        y = oy + rest[3]!;
        out.push({ op: "C", x1, y1, x2, y2, x, y });
        cubic = [x2, y2];
        break;
      }
      case "Q":
      case "T": {
        const previous: [number, number] | null = lastQuad;
        const control: [number, number] = upper === "Q" ? [ox + n[0]!, oy + n[1]!] : previous ? [2 * x - previous[0], 2 * y - previous[1]] : [x, y];
        const [qx, qy] = control;
        const rest = upper === "Q" ? n.slice(2) : n;
        const ex = ox + rest[0]!;
        const ey = oy + rest[1]!;
        out.push({ op: "C", x1: x + (2 / 3) * (qx - x), y1: y + (2 / 3) * (qy - y), x2: ex + (2 / 3) * (qx - ex), y2: ey + (2 / 3) * (qy - ey), x: ex, y: ey });
        x = ex;
        y = ey;
        quad = [qx, qy];
        break;
      }
      case "A": {
        const ex = ox + n[5]!;
        const ey = oy + n[6]!;
        out.push(...arcToCubics(x, y, n[0]!, n[1]!, n[2]!, n[3] !== 0, n[4] !== 0, ex, ey));
        x = ex;
        y = ey;
        break;
      }
    }
    lastCubic = cubic;
    lastQuad = quad;
  }
  return out;
}
