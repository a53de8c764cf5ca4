import { ChartSkeleton, KpiSkeleton } from "@/components/skeletons";

export default function Loading() {
  return (
    <div aria-busy="true">
      <div className="filter-bar skeleton" style={{ height: 64 }} />
      <KpiSkeleton />
      <ChartSkeleton />
    </div>
  );
}
