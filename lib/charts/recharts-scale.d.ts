/** Recharts' tick algorithm by its own path (lib/charts/bar-geometry.ts): the package types it only through its index. */
declare module "recharts/es6/util/scale/getNiceTickValues" {
  export function getNiceTickValues(range: [number, number], tickCount?: number, allowDecimals?: boolean): (number | string)[];
}
