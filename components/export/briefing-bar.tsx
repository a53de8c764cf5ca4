import { cachedDatasetInfo, cachedSources } from "@/lib/queries/cached";
import { BriefingControls } from "./briefing-controls";

/** The view's export bar: the server reads the sources and the data set the briefing cites. */
export function BriefingBar() {
  const sources = cachedSources().map((s) => ({ titleZh: s.titleZh, titleEn: s.titleEn, publishedOn: s.publishedOn, isDemo: s.isDemo }));
  const info = cachedDatasetInfo();
  return <BriefingControls sources={sources} dataset={info ? { generator: info.generator, seed: info.seed, loadedAt: info.loadedAt } : null} />;
}
