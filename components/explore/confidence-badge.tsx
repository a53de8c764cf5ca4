import type { Confidence } from "@/lib/queries/flows";

const MARK: Record<Confidence, string> = { high: "✓", "medium-high": "✓", medium: "○", unverified: "?" };

/** How sure a pairing is, in words with a mark; unverified is dashed (never told by colour alone). */
export function ConfidenceBadge({ level, label }: { level: Confidence; label: string }) {
  return (
    <span className={`confidence confidence--${level}`} data-confidence={level}>
      <span aria-hidden="true" className="confidence__mark">{MARK[level]}</span>
      {label}
    </span>
  );
}
