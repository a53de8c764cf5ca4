import type { SectorKey } from "@/lib/sectors";
import { SCHOOL_LEVELS, TRAINING_KINDS } from "../schema";
import { DEMO_KINDS, OTHER_PROJECT, PROJECT_TEMPLATES, SCHOOL_NAMES, TRAINING_LABELS } from "./demo-name-words";
import { pick, type Rng } from "./random";

export { shortDistrict, shortSupporter } from "./demo-name-words";

/** A running number, zero-padded to at least three digits: 示例学校 015. */
function numbered(prefix: string, n: number): string {
  return `${prefix} ${String(n).padStart(3, "0")}`;
}

export type DemoNamer = ReturnType<typeof createDemoNamer>;

/**
 * Names for demonstration records: each starts with 示例 and a running number, so no two demo
 * records share a name and none can pass for a real school, project or course, wherever it shows
 * (tables, search, CSV and XLSX exports). The bracket keeps a readable hint of place and kind.
 */
export function createDemoNamer() {
  const next = { project: 0, training: 0, school: 0 };
  return {
    project(rng: Rng, district: string, sector: SectorKey): string {
      const templates = PROJECT_TEMPLATES[sector] ?? [OTHER_PROJECT];
      return `${numbered(DEMO_KINDS.project.zh, ++next.project)}（${district}·${pick(rng, templates).zh}）`;
    },
    training(rng: Rng, supporter: string, district: string) {
      const kind = pick(rng, TRAINING_KINDS.filter((k) => k !== "various"));
      return { kind, programme: `${numbered(DEMO_KINDS.training.zh, ++next.training)}（${supporter}—${district}·${TRAINING_LABELS[kind].zh}）` };
    },
    school(rng: Rng, district: string) {
      const level = pick(rng, SCHOOL_LEVELS.filter((l) => l !== "unspecified"));
      return { level, name: `${numbered(DEMO_KINDS.school.zh, ++next.school)}（${district}·${SCHOOL_NAMES[level].zh}）` };
    },
  };
}
