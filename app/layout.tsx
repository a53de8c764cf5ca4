import "./interface-font.css";
import "./globals.css";
import "./explore.css";
import "./exports.css";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CatalogProvider } from "@/components/catalog-context";
import { QueryProvider } from "@/components/query-provider";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { InterfaceFontWarmup } from "@/components/interface-font-warmup";
import { INTERFACE_FONT_HEAD_SCRIPT } from "@/lib/fonts/interface-font-switch";
import { clientMessages } from "@/lib/i18n/client-messages";
import { getAppLocale } from "@/lib/i18n/server";
import { getRequestCatalog } from "@/lib/queries/cached";
import { nonceOf } from "@/lib/security/headers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("subtitle") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getAppLocale();
  const messages = await getMessages();
  const catalog = getRequestCatalog();
  const nonce = nonceOf((await headers()).get("content-security-policy"));
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Before the first paint: the interface font only where this browser already holds it (lib/fonts/interface-font-switch.ts). */}
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: INTERFACE_FONT_HEAD_SCRIPT }} />
      </head>
      <body>
        <NextIntlClientProvider locale={locale} messages={clientMessages(messages)}>
          <QueryProvider>
            <CatalogProvider catalog={catalog}>
              <SiteHeader />
              <main id="main" className="page">{children}</main>
              <SiteFooter locale={locale} />
              <InterfaceFontWarmup />
            </CatalogProvider>
          </QueryProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
