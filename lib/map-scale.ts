/**
 * Sequential colour classes for the river map. Class breaks are quantiles of the positive values,
 * so skewed metrics (one district with most of the funds) still spread over every class; zero is
 * a class of its own, drawn hatched, so "nothing" never looks like "a little".
 */
export const MAP_CLASS_COLOURS = ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08306b"] as const;
/** Dark classes take white text (contrast ≥ 4.5:1 on #2171b5 and #08306b). */
export const MAP_CLASS_DARK_FROM = 3;

export type MapClass = { index: number; from: number; to: number };
export type MapScale = { classes: MapClass[]; classOf: (value: number) => number | null };

export function quantileScale(values: readonly number[], count = MAP_CLASS_COLOURS.length): MapScale {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return { classes: [], classOf: () => null };
  const distinct = [...new Set(positive)];
  const n = Math.min(count, distinct.length);
  // Upper bound of each class: the value at its quantile, so every class holds at least one value.
  const uppers: number[] = [];
  for (let i = 1; i <= n; i++) {
    const upper = distinct[Math.ceil((i * distinct.length) / n) - 1]!;
    if (uppers[uppers.length - 1] !== upper) uppers.push(upper);
  }
  const classes = uppers.map((to, i) => ({ index: i, from: i === 0 ? distinct[0]! : distinct.find((v) => v > uppers[i - 1]!)!, to }));
  return {
    classes,
    classOf: (value) => {
      if (value <= 0) return null;
      const found = classes.findIndex((c) => value <= c.to);
      return found === -1 ? classes.length - 1 : found;
    },
  };
}

/**
 * Colour of a class index among `total` classes: spread over the palette, so two classes are the
 * lightest and darkest rather than the two lightest.
 */
export function classColour(index: number, total: number): string {
  const last = MAP_CLASS_COLOURS.length - 1;
  const at = total <= 1 ? last : Math.round((index * last) / (total - 1));
  return MAP_CLASS_COLOURS[at]!;
}

export function classIsDark(index: number, total: number): boolean {
  const last = MAP_CLASS_COLOURS.length - 1;
  const at = total <= 1 ? last : Math.round((index * last) / (total - 1));
  return at >= MAP_CLASS_DARK_FROM;
}
