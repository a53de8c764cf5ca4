import { getTranslations } from "next-intl/server";

export async function DemoBanner() {
  const t = await getTranslations("demo");
  return (
    <p className="notice notice--demo" data-testid="demo-banner">
      <span className="badge badge--demo">{t("badge")}</span> {t("banner")}
    </p>
  );
}
