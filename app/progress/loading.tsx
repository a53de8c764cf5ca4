import { ChartSkeleton } from "@/components/skeletons";

export default function Loading() {
  return (
    <div aria-busy="true" className="profile-skeleton">
      <div className="filter-bar skeleton" style={{ height: 64 }} />
      <ChartSkeleton height={560} />
    </div>
  );
}
