"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";

type Problem = { kind: "invalid" | "disabled" | "failed" } | { kind: "slowed"; until: number };

/** Reads better-auth's answer into what the person is told; "wrong email or password" either way. */
async function problemOf(response: Response): Promise<Problem> {
  const body = (await response.json().catch(() => ({}))) as { code?: string; retryAfter?: number };
  if (response.status === 429) {
    const seconds = Number(body.retryAfter ?? response.headers.get("retry-after") ?? 5);
    return { kind: "slowed", until: Date.now() + Math.max(1, seconds) * 1000 };
  }
  if (body.code === "ACCOUNT_DISABLED") return { kind: "disabled" };
  if (response.status === 401 || response.status === 400) return { kind: "invalid" };
  return { kind: "failed" };
}

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("account.signInPage");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const waiting = problem?.kind === "slowed" ? Math.ceil((problem.until - now) / 1000) : 0;
  useEffect(() => {
    if (problem?.kind !== "slowed") return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [problem]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
      });
      if (!response.ok) {
        setNow(Date.now());
        setProblem(await problemOf(response));
        return;
      }
      const { user } = (await response.json()) as { user?: { mustChangePassword?: boolean } };
      // A full load, so the header and every server-rendered part see the new session.
      window.location.assign(user?.mustChangePassword ? `/account/password?next=${encodeURIComponent(next)}` : next);
    } catch {
      setProblem({ kind: "failed" });
    } finally {
      setBusy(false);
    }
  }

  const message =
    problem === null ? null : problem.kind === "slowed" ? (waiting > 0 ? t("slowed", { seconds: waiting }) : null) : t(problem.kind);

  return (
    <form className="auth-form" onSubmit={onSubmit} noValidate={false} data-testid="sign-in-form">
      <label className="auth-form__field">
        <span>{t("email")}</span>
        <input name="email" type="email" autoComplete="username" required maxLength={254} />
      </label>
      <label className="auth-form__field">
        <span>{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} />
      </label>
      <p className="auth-form__message" role="alert" data-testid="sign-in-message">
        {message}
      </p>
      <button className="button" type="submit" disabled={busy || waiting > 0}>
        {busy ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
