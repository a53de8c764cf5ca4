import { ChartSkeleton, KpiSkeleton } from "@/components/skeletons";

/** What a profile page looks like while it loads: header, filters, KPIs, two charts. */
export function ProfileSkeleton() {
  return (
    <div aria-busy="true" className="profile-skeleton">
      <div className="profile-header skeleton" style={{ height: 150 }} />
      <div className="filter-bar skeleton" style={{ height: 64 }} />
      <KpiSkeleton />
      <div className="grid grid--two">
        <ChartSkeleton />
        <ChartSkeleton />
      </div>
    </div>
  );
}
