import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { localized, type Locale } from "@/lib/i18n/config";
import { positionText } from "@/lib/map-shapes";
import type { DistrictRow } from "@/lib/queries/catalog";
import type { DistrictProfile } from "@/lib/queries/profiles";
import { PairingFacts } from "./pairing-facts";
import { placeName } from "@/lib/place-names";

type Props = { profile: DistrictProfile; districts: DistrictRow[]; locale: Locale; supporterHref: (code: string) => string };

/** Who the district is, where it lies on the river and who supports it (with how sure we are). */
export async function DistrictHeader({ profile, districts, locale, supporterHref }: Props) {
  const t = await getTranslations("explore");
  const { district, pairings } = profile;
  return (
    <header className="profile-header" data-testid="profile-header">
      <p className="profile-header__kicker">{t("district.kicker")}</p>
      <h1 className="profile-header__title">
        {placeName(district, locale)}
        <span className="profile-header__code">{district.code}</span>
      </h1>
      <p className="profile-header__meta">
        {positionText(district, districts, locale, (k, v) => t(k, v))}
        {district.formerCode ? ` · ${t("district.formerCode", { code: district.formerCode })}` : ""}
      </p>
      <h2 className="profile-header__subtitle">{t("district.supporters")}</h2>
      {pairings.length === 0 ? (
        <p className="notice notice--warning" data-testid="no-pairing">{t("district.noPairing")}</p>
      ) : (
        <ul className="pairing-list" data-testid="district-supporters">
          {pairings.map((p) => (
            <li key={p.supporterCode} className="pairing-list__item">
              <IntentLink href={supporterHref(p.supporterCode)}>{localized({ zh: p.supporterZh, en: p.supporterEn }, locale)}</IntentLink>
              <PairingFacts pairing={p} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
