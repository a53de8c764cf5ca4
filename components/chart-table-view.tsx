import type { ChartTable } from "@/lib/chart-shapes";
import { formatDecimal } from "@/lib/decimal-text";

/** A chart's figures as a table (the frame's "show table" view); numbers as lib/decimal-text.ts writes them. */
export function ChartTableView({ title, table }: { title: string; table: ChartTable; locale: string }) {
  const style = { maxDigits: table.decimals ?? 2 };
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="chart-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>{row.map((cell, j) => {
              const shown = typeof cell === "number" ? formatDecimal(cell, style) : cell;
              return j === 0 ? <th key={j} scope="row">{shown}</th> : <td key={j}>{shown}</td>;
            })}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
