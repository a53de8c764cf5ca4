import type { Confidence } from "@/lib/queries/flows";

const MARK: Record<Confidence, string> = { high: "✓", "medium-high": "✓", medium: "○", unverified: "?" };

/**
 * What a pairing rests on, in words with a mark (several sources / one report / mentioned
 * indirectly / unverified); unverified is dashed (never told by colour alone). The basis, when
 * given, shows on hover and is read out with the label.
 */
export function ConfidenceBadge({ level, label, basis }: { level: Confidence; label: string; basis?: string | null }) {
  return (
    <span className={`confidence confidence--${level}`} data-confidence={level} title={basis ? `${label}: ${basis}` : undefined}>
      <span aria-hidden="true" className="confidence__mark">{MARK[level]}</span>
      {label}
    </span>
  );
}
