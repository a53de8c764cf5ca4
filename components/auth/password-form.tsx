"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

export function PasswordForm({ next, min, max }: { next: string; min: number; max: number }) {
  const t = useTranslations("account.passwordPage");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get("current") ?? "");
    const newPassword = String(form.get("new") ?? "");
    // Checked here for a quick answer; the server checks the same again.
    const problem =
      newPassword !== String(form.get("confirm") ?? "")
        ? t("mismatch")
        : newPassword.length < min
          ? t("tooShort", { min })
          : newPassword.length > max
            ? t("tooLong", { max })
            : newPassword === currentPassword
              ? t("same")
              : null;
    if (problem) {
      setMessage({ ok: false, text: problem });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch("/api/auth/change-password", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ currentPassword, newPassword, revokeOtherSessions: true }),
      });
      if (response.ok) {
        setMessage({ ok: true, text: t("done") });
        window.location.assign(next);
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { code?: string };
      setMessage({ ok: false, text: body.code === "INVALID_PASSWORD" ? t("wrongCurrent") : body.code === "PASSWORD_TOO_SHORT" ? t("tooShort", { min }) : t("failed") });
    } catch {
      setMessage({ ok: false, text: t("failed") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="auth-form" onSubmit={onSubmit} data-testid="password-form">
      <label className="auth-form__field">
        <span>{t("current")}</span>
        <input name="current" type="password" autoComplete="current-password" required maxLength={max} />
      </label>
      <label className="auth-form__field">
        <span>{t("new")}</span>
        <input name="new" type="password" autoComplete="new-password" required minLength={min} maxLength={max} />
      </label>
      <label className="auth-form__field">
        <span>{t("confirm")}</span>
        <input name="confirm" type="password" autoComplete="new-password" required minLength={min} maxLength={max} />
      </label>
      <p className={`auth-form__message${message?.ok ? " auth-form__message--ok" : ""}`} role="alert" data-testid="password-message">
        {message?.text}
      </p>
      <button className="button" type="submit" disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
