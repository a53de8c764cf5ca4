import "./interface-font.css";
import "./globals.css";
import "./explore.css";
import "./exports.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CatalogProvider } from "@/components/catalog-context";
import { QueryProvider } from "@/components/query-provider";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { INTERFACE_FONT_FILES } from "@/lib/fonts/interface-font";
import { clientMessages } from "@/lib/i18n/client-messages";
import { getAppLocale } from "@/lib/i18n/server";
import { getRequestCatalog } from "@/lib/queries/cached";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("subtitle") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getAppLocale();
  const messages = await getMessages();
  const catalog = getRequestCatalog();
  return (
    <html lang={locale}>
      <head>
        {/* Both weights show above the fold: fetched with the HTML's first requests, not after the CSS. */}
        {Object.values(INTERFACE_FONT_FILES).map((url) => (
          <link key={url} rel="preload" href={url} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
      </head>
      <body>
        <NextIntlClientProvider locale={locale} messages={clientMessages(messages)}>
          <QueryProvider>
            <CatalogProvider catalog={catalog}>
              <SiteHeader />
              <main id="main" className="page">{children}</main>
              <SiteFooter locale={locale} />
            </CatalogProvider>
          </QueryProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
