import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import type { Filters } from "@/lib/filters";
import { supporterLabel } from "@/lib/flow-shapes";
import type { Locale } from "@/lib/i18n/config";
import { positionText } from "@/lib/map-shapes";
import { coveredSupporters, profileHref } from "@/lib/profile-scope";
import type { Catalog } from "@/lib/queries/catalog";
import { PairingFacts } from "./pairing-facts";
import { placeName } from "@/lib/place-names";

type Props = { catalog: Catalog; filters: Filters; locale: Locale };

/** Every pairing on record, district by district along the river; a district without one says so. */
export async function PairingTable({ catalog, filters, locale }: Props) {
  const t = await getTranslations("explore");
  const districts = catalog.districts.filter((d) => filters.districts.length === 0 || filters.districts.includes(d.code));
  const covered = coveredSupporters(filters, catalog.supporters);
  const inScope = (code: string) => filters.supporters.length === 0 || covered.has(code);
  return (
    <section className="panel" aria-labelledby="pairing-table-heading" data-testid="pairing-table">
      <h2 id="pairing-table-heading" className="chart-frame__title">{t("pairingTable.title")}</h2>
      <p className="chart-frame__caption">{t("pairingTable.caption")}</p>
      <div className="table-scroll">
        <table className="data-table pairing-table">
          <thead>
            <tr>
              <th scope="col">{t("pairingTable.district")}</th>
              <th scope="col">{t("pairingTable.position")}</th>
              <th scope="col">{t("pairingTable.supporters")}</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => {
              const pairings = catalog.pairings.filter((p) => p.districtCode === d.code && inScope(p.supporterCode));
              return (
                <tr key={d.code} data-testid={`pairing-row-${d.code}`}>
                  <th scope="row">
                    <IntentLink href={profileHref("district", d.code, filters)}>{placeName(d, locale)}</IntentLink>
                  </th>
                  <td>{positionText(d, catalog.districts, locale, (k, v) => t(k, v))}</td>
                  <td>
                    {pairings.length === 0 ? (
                      <span className="pairing-table__none">{catalog.pairings.some((p) => p.districtCode === d.code) ? t("pairingTable.noneInScope") : t("district.noPairing")}</span>
                    ) : (
                      <ul className="pairing-table__list">
                        {pairings.map((p) => (
                          <li key={p.supporterCode}>
                            <IntentLink href={profileHref("supporter", p.supporterCode, filters)}>{supporterLabel(p.supporterCode, catalog, locale)}</IntentLink>
                            <PairingFacts pairing={p} locale={locale} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
