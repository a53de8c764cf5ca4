"use client";

import { IntentLink } from "@/components/intent-link";
import { useTranslations } from "next-intl";

/** A failed widget or page: say so, keep the filters (they live in the URL), offer a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="error-panel" role="alert" data-testid="error-page">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <div className="error-panel__actions">
        <button type="button" className="button" onClick={() => reset()}>{t("retry")}</button>
        <IntentLink className="button button--ghost" href="/">{t("home")}</IntentLink>
      </div>
    </div>
  );
}
