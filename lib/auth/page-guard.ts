import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signedInFrom, type SignedIn } from "./guard";
import { signInHref } from "./next-path";

/**
 * For the administration pages: signed out → sign-in (and back here afterwards); signed in but
 * not an active administrator → null, and the page says it is for administrators. The routes
 * behind the pages check again on every write (authorizeWrite).
 */
export async function requireAdminPage(path: string): Promise<SignedIn | null> {
  const current = await signedInFrom(await headers(), true);
  if (!current) redirect(signInHref(path));
  if (current.mustChangePassword) redirect(`/account/password?next=${encodeURIComponent(path)}`);
  return current.person.role === "admin" && !current.person.disabled ? current : null;
}
