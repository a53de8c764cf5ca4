/**
 * The requester's address for the audit trail and the sign-in slowing. The first entry of
 * X-Forwarded-For when a proxy in front sets it, else X-Real-IP. Anything that does not look like
 * an address is ignored rather than trusted into the log.
 */
const ADDRESS = /^[0-9a-fA-F:.]{2,45}$/;

export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded && ADDRESS.test(forwarded)) return forwarded;
  const real = headers.get("x-real-ip")?.trim();
  if (real && ADDRESS.test(real)) return real;
  return null;
}
