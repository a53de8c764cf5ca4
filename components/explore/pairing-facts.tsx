import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import type { Confidence } from "@/lib/queries/flows";
import { basisText, sinceNoteText, type PairingBasis } from "@/lib/truth/pairing-text";
import { ConfidenceBadge } from "./confidence-badge";

type Props = { pairing: PairingBasis & { confidence: Confidence }; locale: Locale };

/** What one pairing rests on, the same wherever a pairing is listed: how sure, since when, on what, and why a start is qualified. */
export async function PairingFacts({ pairing, locale }: Props) {
  const tc = await getTranslations("confidence");
  const tt = await getTranslations("truth.pairing");
  const basis = basisText(pairing, locale);
  const note = sinceNoteText(pairing, locale);
  return (
    <>
      <ConfidenceBadge level={pairing.confidence} label={tc(pairing.confidence)} basis={basis} />
      <span className="pairing-list__basis">
        {pairing.sinceYear === null ? tt("sinceUnknown") : tt("since", { year: pairing.sinceYear })}
        {" · "}
        {tt("basis", { basis })}
      </span>
      {note ? <span className="record-note">{note}</span> : null}
    </>
  );
}
