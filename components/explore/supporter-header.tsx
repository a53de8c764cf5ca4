import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { localized, type Locale } from "@/lib/i18n/config";
import type { CitiesMode } from "@/lib/profile-scope";
import type { SupporterProfile } from "@/lib/queries/profiles";
import { CitiesToggle } from "./cities-toggle";
import { PairingFacts } from "./pairing-facts";
import { placeName } from "@/lib/place-names";

type Props = {
  profile: SupporterProfile;
  locale: Locale;
  cities: CitiesMode;
  href: (kind: "district" | "supporter", code: string) => string;
};

/** A district supported by a province and its cities appears once, with each of them under it. */
function byDistrict<T extends { districtCode: string }>(pairings: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const p of pairings) groups.set(p.districtCode, [...(groups.get(p.districtCode) ?? []), p]);
  return [...groups.values()];
}

/** Who the supporter is, its province or cities, and the districts it (and its cities) support. */
export async function SupporterHeader({ profile, locale, cities, href }: Props) {
  const t = await getTranslations("explore");
  const { supporter, parent } = profile;
  const name = (s: { code: string; nameZh: string; nameEn: string }) => placeName(s, locale);
  const shown = profile.pairings.filter((p) => cities === "include" || p.supporterCode === supporter.code);
  return (
    <header className="profile-header" data-testid="profile-header">
      <p className="profile-header__kicker">{t("supporter.kicker")}</p>
      <h1 className="profile-header__title">
        {name(supporter)}
        <span className="profile-header__code">{supporter.code}</span>
      </h1>
      <p className="profile-header__meta">
        {t(`supporter.level.${supporter.level}`)}
        {parent ? (
          <>
            {" · "}
            {t("supporter.partOf")} <IntentLink href={href("supporter", parent.code)}>{name(parent)}</IntentLink>
          </>
        ) : null}
        {profile.cities.length ? (
          <>
            {" · "}
            {t("supporter.cities")}{" "}
            {profile.cities.map((c, i) => (
              <span key={c.code}>
                {i > 0 ? (locale === "en" ? ", " : "、") : ""}
                <IntentLink href={href("supporter", c.code)}>{name(c)}</IntentLink>
              </span>
            ))}
          </>
        ) : null}
      </p>
      {profile.cities.length ? <CitiesToggle mode={cities} count={profile.cities.length} /> : null}
      <h2 className="profile-header__subtitle">{t("supporter.districts")}</h2>
      {shown.length === 0 ? (
        <p className="notice notice--warning" data-testid="no-pairing">{t("supporter.noPairing")}</p>
      ) : (
        <ul className="pairing-list" data-testid="supporter-districts">
          {byDistrict(shown).map((group) => (
            <li key={group[0]!.districtCode} className="pairing-list__item" data-testid={`supporter-district-${group[0]!.districtCode}`}>
              <IntentLink href={href("district", group[0]!.districtCode)}>{localized({ zh: group[0]!.districtZh, en: group[0]!.districtEn }, locale)}</IntentLink>
              {group.map((p) => (
                <span key={p.supporterCode} className="pairing-list__member">
                  {p.supporterCode !== supporter.code ? (
                    <span className="pairing-list__via">{t("supporter.via", { name: localized({ zh: p.supporterZh, en: p.supporterEn }, locale) })}</span>
                  ) : null}
                  <PairingFacts pairing={p} locale={locale} />
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
