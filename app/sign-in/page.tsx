import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signedInFrom } from "@/lib/auth/guard";
import { safeNextPath } from "@/lib/auth/next-path";
import { readAccess } from "@/lib/auth/read-access";
import { PageMessages } from "@/components/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.signInPage");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const current = await signedInFrom(await headers());
  if (current) redirect(current.mustChangePassword ? `/account/password?next=${encodeURIComponent(next)}` : next);
  const t = await getTranslations("account.signInPage");
  return (
    <section className="auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("title")}</h1>
      <p className="auth-card__intro">{t("intro", { readMode: readAccess() === "signed-in" ? t("readModeSignedIn") : "" })}</p>
      <PageMessages name="signIn"><SignInForm next={next} /></PageMessages>
    </section>
  );
}
