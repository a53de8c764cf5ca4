"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useCatalog } from "@/components/catalog-context";
import { localized } from "@/lib/i18n/config";
import { sendJson, scopeFromForm } from "./admin-fetch";
import { ScopeFields } from "./scope-fields";
import type { AdminUser, Outcome } from "./users-admin";

export function UserRow({ user, isMe, onOutcome }: { user: AdminUser; isMe: boolean; onOutcome: (o: Outcome) => void }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("account.role");
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const { names } = useCatalog();
  const [busy, setBusy] = useState(false);
  const scope = [
    ...user.districts.map((c) => { const n = names.district(c); return n ? localized(n, locale) : c; }),
    ...user.supporters.map((c) => { const n = names.supporter(c); return n ? localized(n, locale) : c; }),
  ];

  async function run(url: string, method: "POST" | "PATCH", body: unknown, done: (b: Record<string, unknown>) => Outcome) {
    setBusy(true);
    const result = await sendJson(url, method, body);
    setBusy(false);
    onOutcome(result.ok ? done(result.body) : { ok: false, text: String(result.body.error ?? t("errors.failed")) });
  }

  const base = `/api/admin/users/${encodeURIComponent(user.id)}`;
  const saved = () => ({ ok: true, text: t("saved", { email: user.email }) });

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(base, "PATCH", { role: form.get("role"), ...scopeFromForm(form) }, saved);
  }

  return (
    <tr data-testid="user-row" data-email={user.email}>
      <th scope="row">
        {user.name}
        {isMe ? t("you") : ""}
      </th>
      <td>{user.email}</td>
      <td>{tr(user.role)}</td>
      <td>{user.role === "editor" ? scope.join("、") || "—" : "—"}</td>
      <td>{user.disabled ? t("disabled") : user.mustChangePassword ? t("mustChange") : t("active")}</td>
      <td className="admin-table__actions">
        <details>
          <summary>{t("edit")}</summary>
          <form className="auth-form" onSubmit={onSave} aria-label={`${t("edit")}: ${user.email}`}>
            <label className="auth-form__field">
              <span>{t("role")}</span>
              <select name="role" defaultValue={user.role}>
                {(["viewer", "editor", "admin"] as const).map((r) => (
                  <option key={r} value={r}>{tr(r)}</option>
                ))}
              </select>
            </label>
            <ScopeFields districts={user.districts} supporters={user.supporters} idPrefix={`u-${user.id}`} />
            <button className="button" type="submit" disabled={busy}>{t("save")}</button>
          </form>
        </details>
        <button
          type="button"
          className="button button--ghost"
          disabled={busy}
          onClick={() => {
            if (!user.disabled && !window.confirm(t("confirmDisable", { email: user.email }))) return;
            void run(base, "PATCH", { disabled: !user.disabled }, saved);
          }}
        >
          {user.disabled ? t("enable") : t("disable")}
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={busy}
          onClick={() => {
            if (!window.confirm(t("confirmReset", { email: user.email }))) return;
            void run(`${base}/password`, "POST", {}, (b) => ({ ok: true, text: saved().text, secret: { email: user.email, password: String(b.oneTimePassword) } }));
          }}
        >
          {t("resetPassword")}
        </button>
      </td>
    </tr>
  );
}
