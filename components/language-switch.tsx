"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE } from "@/lib/i18n/config";

export function LanguageSwitch() {
  const t = useTranslations("app");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === "en" ? "zh-CN" : "en";
  return (
    <button
      type="button"
      className="button button--ghost"
      disabled={pending}
      data-testid="language-switch"
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        startTransition(() => router.refresh());
      }}
    >
      {/* The name read out starts with the visible word (WCAG 2.5.3), in its own language, then says what the button does. */}
      <span lang={next}>{t("language")}</span>
      <span className="visually-hidden"> {t("languageLabel")}</span>
    </button>
  );
}
