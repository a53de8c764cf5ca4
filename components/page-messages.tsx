import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, CLIENT_MESSAGES, PAGE_MESSAGES, type PageMessagesName } from "@/lib/i18n/client-messages";

/**
 * Gives one page's client components the messages only that page uses (a form's labels and
 * errors) on top of the shared set the layout ships, so the other pages do not carry them.
 */
export async function PageMessages({ name, children }: { name: PageMessagesName; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(messages, [...CLIENT_MESSAGES, ...PAGE_MESSAGES[name]])}>
      {children}
    </NextIntlClientProvider>
  );
}
