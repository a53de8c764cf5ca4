import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "../i18n/config";

/** The interface language of a request: the language cookie, else Accept-Language, else zh-CN. */
export function localeFromHeaders(headers: Headers): Locale {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  if (isLocale(cookie)) return cookie;
  return headers.get("accept-language")?.toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE;
}
