/** Okabe–Ito colours (colour-blind safe). Demonstration parts are also hatched, never told by colour alone. */
export const PALETTE = {
  real: "#0072B2",
  demo: "#56B4E9",
  demoHatch: "#0072B2",
  cumulative: "#E69F00",
  cumulativeDots: "#8a5a00",
  accent: "#D55E00",
  grid: "#d9dee5",
  axis: "#4a5563",
  series: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"],
} as const;

export const DEMO_PATTERN_ID = "duikou-demo-hatch";
export const CUMULATIVE_PATTERN_ID = "duikou-cumulative-dots";
