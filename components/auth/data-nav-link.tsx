"use client";

import { IntentLink } from "@/components/intent-link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { mayWrite, sessionUser } from "@/lib/auth/session-client";

/**
 * The header's way to the data pages (import, batches), shown to editors and administrators
 * only. Hiding it is a courtesy: the import and undo routes refuse a reader whatever is shown.
 */
export function DataNavLink() {
  const t = useTranslations("app.nav");
  const pathname = usePathname();
  const [show, setShow] = useState(false);
  useEffect(() => {
    let live = true;
    void sessionUser().then((user) => live && setShow(mayWrite(user)));
    return () => {
      live = false;
    };
  }, []);
  if (!show) return null;
  return (
    <IntentLink href="/data/import" aria-current={pathname.startsWith("/data") ? "page" : undefined} data-testid="nav-data">
      {t("data")}
    </IntentLink>
  );
}
