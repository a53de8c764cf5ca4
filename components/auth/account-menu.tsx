"use client";

import { IntentLink } from "@/components/intent-link";
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useCatalog } from "@/components/catalog-context";
import { signInHref } from "@/lib/auth/next-path";
import { sessionUser, type SessionUser } from "@/lib/auth/session-client";
import { localized } from "@/lib/i18n/config";

/**
 * The header's account corner. It asks for the session itself (GET /api/auth/get-session), so
 * pages stay free of per-person content and can be cached whole; the server never trusts what
 * this menu hides or shows.
 */
export function AccountMenu() {
  const t = useTranslations("account");
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const { names } = useCatalog();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [me, setMe] = useState<SessionUser | null | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void sessionUser().then((user) => live && setMe(user));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  // Nothing until the session is known, so the header does not flicker between states.
  if (me === undefined) return <span className="account-menu account-menu--pending" aria-hidden="true" />;
  const here = `${pathname}${search ? `?${search}` : ""}`;
  if (me === null || pathname === "/sign-in") {
    return pathname === "/sign-in" ? null : (
      <IntentLink className="button button--ghost" href={signInHref(here)} data-testid="sign-in-link">
        {t("signIn")}
      </IntentLink>
    );
  }

  const role = me.role === "admin" || me.role === "editor" ? me.role : "viewer";
  const scope = [
    ...(me.scopeDistricts ?? "").split(",").filter(Boolean).map((c) => { const n = names.district(c); return n ? localized(n, locale) : c; }),
    ...(me.scopeSupporters ?? "").split(",").filter(Boolean).map((c) => { const n = names.supporter(c); return n ? localized(n, locale) : c; }),
  ];

  async function signOut() {
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => null);
    // A full reload: every part of the page renders again as the signed-out reader sees it.
    window.location.reload();
  }

  return (
    <div className="account-menu" ref={root} data-testid="account-menu">
      <button type="button" className="button button--ghost" aria-expanded={open} aria-controls={panelId} aria-label={t("menuLabel", { name: me.name })} onClick={() => setOpen((o) => !o)}>
        {me.name}
      </button>
      {open ? (
        <div className="account-menu__panel" id={panelId}>
          <p className="account-menu__who">
            <strong>{me.name}</strong>
            <span>{me.email}</span>
            <span data-testid="account-role">{t(`role.${role}`)}</span>
            {role === "editor" ? (
              <span data-testid="account-scope">
                {t("scope")}：{scope.length ? scope.join("、") : t("scopeNone")}
              </span>
            ) : null}
          </p>
          {me.mustChangePassword ? <p className="account-menu__warn">{t("mustChange")}</p> : null}
          <ul className="account-menu__links">
            <li><IntentLink href={`/account/password?next=${encodeURIComponent(here)}`}>{t("changePassword")}</IntentLink></li>
            {role === "admin" ? (
              <>
                <li><IntentLink href="/admin/users">{t("adminUsers")}</IntentLink></li>
                <li><IntentLink href="/admin/audit">{t("adminAudit")}</IntentLink></li>
              </>
            ) : null}
            <li>
              <button type="button" className="button button--link" onClick={signOut} data-testid="sign-out">
                {t("signOut")}
              </button>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
