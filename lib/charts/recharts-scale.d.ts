/** Recharts' tick algorithms by their own path (lib/charts/*-geometry.ts): the package types them only through its index. */
declare module "recharts/es6/util/scale/getNiceTickValues" {
  export function getNiceTickValues(range: [number, number], tickCount?: number, allowDecimals?: boolean): (number | string)[];
  export function getTickValuesFixedDomain(range: [number, number], tickCount?: number, allowDecimals?: boolean): (number | string)[];
}
