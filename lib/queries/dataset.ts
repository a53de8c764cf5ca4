import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { datasetInfo, sources } from "@/db/schema";

export type DatasetInfo = typeof datasetInfo.$inferSelect;
export type SourceInfo = typeof sources.$inferSelect;

export function getDatasetInfo(db: Db): DatasetInfo | null {
  return db.select().from(datasetInfo).where(eq(datasetInfo.id, 1)).get() ?? null;
}

export function getSources(db: Db): SourceInfo[] {
  return db.select().from(sources).all();
}
