import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="error-panel" data-testid="not-found">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <IntentLink className="button" href="/">{t("home")}</IntentLink>
    </div>
  );
}
