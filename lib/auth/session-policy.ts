/**
 * Sessions end after 8 hours without use (the idle limit slides forward while the person works,
 * refreshed at most every 15 minutes) and 7 days after sign-in whatever happens.
 */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
export const SESSION_REFRESH_SECONDS = 15 * 60;
export const SESSION_MAX_SECONDS = 7 * 24 * 60 * 60;

/** The later expiry a refresh asks for, never past the absolute limit counted from sign-in. */
export function cappedExpiry(requested: Date, signedInAt: Date): Date {
  const limit = signedInAt.getTime() + SESSION_MAX_SECONDS * 1000;
  return new Date(Math.min(requested.getTime(), limit));
}
