"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { sendJson, scopeFromForm } from "./admin-fetch";
import { ScopeFields } from "./scope-fields";
import { UserRow } from "./user-row";

export type AdminUser = {
  id: string;
  name: string;
  email: string;
  role: "admin" | "editor" | "viewer";
  districts: string[];
  supporters: string[];
  disabled: boolean;
  mustChangePassword: boolean;
};

export type Outcome = { ok: boolean; text: string; secret?: { email: string; password: string } };

/** The account list and the add form; every change goes to the server, which checks it again. */
export function UsersAdmin({ users, meId }: { users: AdminUser[]; meId: string }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("account.role");
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const report = (next: Outcome) => {
    setOutcome(next);
    if (next.ok) router.refresh();
  };

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    const email = String(form.get("email") ?? "").trim();
    const result = await sendJson("/api/admin/users", "POST", { email, name: String(form.get("name") ?? ""), role: form.get("role"), ...scopeFromForm(form) });
    setBusy(false);
    if (result.ok) formElement.reset();
    report(
      result.ok
        ? { ok: true, text: t("created", { email }), secret: { email, password: String(result.body.oneTimePassword) } }
        : { ok: false, text: String(result.body.error ?? t("errors.failed")) },
    );
  }

  return (
    <>
      <div aria-live="polite" data-testid="admin-outcome">
        {outcome ? (
          <div className={`notice ${outcome.ok ? "notice--ok" : "notice--warning"}`}>
            <p className="notice__title">{outcome.text}</p>
            {outcome.secret ? (
              <p>
                {t("oneTimePassword", { email: outcome.secret.email })} <code data-testid="one-time-password">{outcome.secret.password}</code>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <h2>{t("listTitle", { count: users.length })}</h2>
      <div className="admin-table-wrap">
        <table className="data-table admin-table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("scope")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow key={u.id} user={u} isMe={u.id === meId} onOutcome={report} />
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("addTitle")}</h2>
      <form className="auth-form admin-form" onSubmit={onAdd} data-testid="add-user-form">
        <label className="auth-form__field">
          <span>{t("email")}</span>
          <input name="email" type="email" required maxLength={254} autoComplete="off" />
        </label>
        <label className="auth-form__field">
          <span>{t("name")}</span>
          <input name="name" required maxLength={80} autoComplete="off" />
        </label>
        <label className="auth-form__field">
          <span>{t("role")}</span>
          <select name="role" defaultValue="editor">
            {(["viewer", "editor", "admin"] as const).map((r) => (
              <option key={r} value={r}>{tr(r)}</option>
            ))}
          </select>
        </label>
        <ScopeFields districts={[]} supporters={[]} idPrefix="new" />
        <button className="button" type="submit" disabled={busy}>
          {busy ? t("working") : t("add")}
        </button>
      </form>
    </>
  );
}
