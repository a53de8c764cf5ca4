import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { loadMessages } from "../i18n/messages";
import type { RefusalReason } from "./scope";

/** Names a district or supporter code for a person; the code itself when no name is known. */
export type NameOf = (code: string) => string | undefined;

/** Refusals the guard adds around checkWrite (the request itself, not the person's scope). */
export type GuardRefusal = { code: "cross-site" } | { code: "must-change-password" };

/** One sentence saying why a write was refused, in the requester's language. */
export function refusalMessage(reason: RefusalReason | GuardRefusal, locale: Locale, nameOf: NameOf = () => undefined): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "auth.refusal" });
  switch (reason.code) {
    case "signed-out":
      return t("signedOut");
    case "disabled":
      return t("disabled");
    case "viewer":
      return t("viewer");
    case "admin-only":
      return t("adminOnly");
    case "no-scope":
      return t("noScope");
    case "not-uploader":
      return t("notUploader");
    case "must-change-password":
      return t("mustChangePassword");
    case "cross-site":
      return t("crossSite");
    case "out-of-scope": {
      const names = [reason.district, reason.supporter].filter((c): c is string => c !== null).map((c) => nameOf(c) ?? c);
      if (names.length === 0) return t("outOfScopeProgram");
      return t("outOfScope", { target: names.join(t("pairSeparator")) });
    }
  }
}
