"use client";

import { IntentLink } from "@/components/intent-link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const ITEMS = [
  { href: "/", key: "overview" },
  { href: "/map", key: "map" },
  { href: "/pairings", key: "pairings" },
  { href: "/compare", key: "compare" },
  { href: "/progress", key: "progress" },
] as const;

/** The header links; the current section is marked for screen readers (aria-current) and by an underline. */
export function NavLinks() {
  const t = useTranslations("app.nav");
  const pathname = usePathname();
  return (
    <>
      {ITEMS.map((item) => (
        <IntentLink key={item.href} href={item.href} aria-current={pathname === item.href ? "page" : undefined} data-testid={`nav-${item.key}`}>
          {t(item.key)}
        </IntentLink>
      ))}
    </>
  );
}
