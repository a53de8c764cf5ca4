/** Facts about the program itself that the interface and the seed share. */
export const PROGRAM = {
  startYear: 1992,
  /** Last year covered by the published totals (figures cumulative to 2022-12-31). */
  asOfYear: 2022,
  asOfDate: "2022-12-31",
  subLevelPairings: 192,
  headlineSourceId: "article-2023-10",
} as const;

export const YEARS: readonly number[] = Array.from(
  { length: PROGRAM.asOfYear - PROGRAM.startYear + 1 },
  (_, i) => PROGRAM.startYear + i,
);
