import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { PasswordForm } from "@/components/auth/password-form";
import { signedInFrom } from "@/lib/auth/guard";
import { safeNextPath, signInHref } from "@/lib/auth/next-path";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { PageMessages } from "@/components/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.passwordPage");
  return { title: t("title"), robots: { index: false } };
}

export default async function PasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const current = await signedInFrom(await headers());
  if (!current) redirect(signInHref(`/account/password${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`));
  const t = await getTranslations("account.passwordPage");
  return (
    <section className="auth-card" aria-labelledby="password-title">
      <h1 id="password-title">{t("title")}</h1>
      {current.mustChangePassword ? <p className="notice notice--warning" data-testid="must-change">{t("introMust")}</p> : null}
      <p className="auth-card__intro">{t("intro", { min: MIN_PASSWORD_LENGTH })}</p>
      <PageMessages name="password"><PasswordForm next={next} min={MIN_PASSWORD_LENGTH} max={MAX_PASSWORD_LENGTH} /></PageMessages>
    </section>
  );
}
