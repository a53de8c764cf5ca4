import { IntentLink } from "@/components/intent-link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AccountMenu } from "./auth/account-menu";
import { DataNavLink } from "./auth/data-nav-link";
import { NavLinks } from "./explore/nav-links";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations("app");
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">{t("skipToContent")}</a>
      <div className="site-header__inner">
        <IntentLink href="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true" lang="zh-CN">对口</span>
          <span>
            <span className="site-header__title">{t("title")}</span>
            <span className="site-header__subtitle">{t("subtitle")}</span>
          </span>
        </IntentLink>
        <nav aria-label={t("nav.label")} className="site-header__nav">
          <NavLinks />
          <DataNavLink />
        </nav>
        <LanguageSwitch />
        {/* useSearchParams needs a boundary; the menu reads the session in the browser. */}
        <Suspense fallback={null}>
          <AccountMenu />
        </Suspense>
      </div>
    </header>
  );
}
