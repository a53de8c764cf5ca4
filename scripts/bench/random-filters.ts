import type { Filters } from "@/lib/filters";
import { PROGRAM } from "@/lib/program";
import { SECTOR_KEYS } from "@/lib/sectors";
import { createRng, pick } from "@/db/seed/random";

/** Reproducible random filters of the shapes officials use: whole program, a district or two, a supporter, a year range, a sector. */
export function randomFilterSource(seed: number, districtCodes: string[], supporterCodes: string[]) {
  const rng = createRng(seed);
  const some = (codes: string[], max: number) => {
    const n = Math.floor(rng() * (max + 1));
    return [...new Set(Array.from({ length: n }, () => pick(rng, codes)))].sort();
  };
  return (): Filters => {
    const a = PROGRAM.startYear + Math.floor(rng() * 31);
    const b = PROGRAM.startYear + Math.floor(rng() * 31);
    const wholeRange = rng() < 0.4;
    return {
      districts: some(districtCodes, 3),
      supporters: rng() < 0.35 ? some(supporterCodes, 2) : [],
      yearFrom: wholeRange ? PROGRAM.startYear : Math.min(a, b),
      yearTo: wholeRange ? PROGRAM.asOfYear : Math.max(a, b),
      sectors: rng() < 0.15 ? [pick(rng, SECTOR_KEYS)] : [],
    };
  };
}
