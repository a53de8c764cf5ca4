import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/i18n/server";
import { getRequestCatalog } from "@/lib/queries/cached";
import { placeName } from "@/lib/place-names";

/** Not-found page of a profile route: says what was not found and lists what exists. */
export async function UnknownCode({ kind }: { kind: "district" | "supporter" }) {
  const t = await getTranslations("explore.notFound");
  const tErrors = await getTranslations("errors");
  const locale = await getAppLocale();
  const catalog = getRequestCatalog();
  const items = kind === "district" ? catalog.districts : catalog.supporters;
  return (
    <div className="error-panel" data-testid="not-found">
      <h1>{t(kind === "district" ? "districtTitle" : "supporterTitle")}</h1>
      <p>{t(kind === "district" ? "districtBody" : "supporterBody")}</p>
      <ul className="unknown-code__list">
        {items.map((x) => (
          <li key={x.code}>
            <IntentLink href={`/${kind === "district" ? "districts" : "supporters"}/${x.code}`}>{placeName(x, locale)}</IntentLink>
          </li>
        ))}
      </ul>
      <IntentLink className="button" href="/">{tErrors("home")}</IntentLink>
    </div>
  );
}
