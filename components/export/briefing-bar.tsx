import { getDb } from "@/db";
import { getDatasetInfo, getSources } from "@/lib/queries/dataset";
import { BriefingControls } from "./briefing-controls";

/** The view's export bar: the server reads the sources and the data set the briefing cites. */
export function BriefingBar() {
  const db = getDb();
  const sources = getSources(db).map((s) => ({ titleZh: s.titleZh, titleEn: s.titleEn, publishedOn: s.publishedOn, isDemo: s.isDemo }));
  const info = getDatasetInfo(db);
  return <BriefingControls sources={sources} dataset={info ? { generator: info.generator, seed: info.seed, loadedAt: info.loadedAt } : null} />;
}
