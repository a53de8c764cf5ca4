/** Placeholders shaped like the widgets they stand for, so the page does not jump when data arrives. */
export function KpiSkeleton() {
  return (
    <ul className="kpi-grid" aria-hidden="true">
      {Array.from({ length: 5 }, (_, i) => (
        <li key={i} className="kpi-card skeleton" style={{ height: 150 }} />
      ))}
    </ul>
  );
}

export function ChartSkeleton({ height = 380 }: { height?: number }) {
  return <div className="chart-frame skeleton" style={{ height }} aria-hidden="true" />;
}
