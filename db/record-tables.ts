import type { MetricKey } from "@/lib/metrics";
import { cadreExchanges, fundRecords, projects, schools, trainings } from "./schema";

/**
 * Where each metric of the registry (lib/metrics.ts) is computed from: its record table, the
 * integer summed per record, the column the "largest records" are ranked by, its sector, name and category columns.
 */
export const RECORD_TABLES = {
  funds: { table: fundRecords, value: fundRecords.amountWan, rank: fundRecords.amountWan, sector: fundRecords.sector, title: null, category: fundRecords.kind },
  projects: { table: projects, value: projects.quantity, rank: projects.investmentWan, sector: projects.sector, title: projects.name, category: projects.status },
  trained: { table: trainings, value: trainings.participants, rank: trainings.participants, sector: null, title: trainings.programme, category: trainings.kind },
  schools: { table: schools, value: schools.quantity, rank: schools.investmentWan, sector: null, title: schools.name, category: schools.level },
  cadres: { table: cadreExchanges, value: cadreExchanges.persons, rank: cadreExchanges.persons, sector: null, title: null, category: cadreExchanges.direction },
} as const satisfies Record<MetricKey, unknown>;
