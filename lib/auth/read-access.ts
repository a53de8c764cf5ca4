/**
 * DUIKOU_READ_ACCESS: "open" (the default: anyone may read, as before accounts existed) or
 * "signed-in" (every page, API and export needs an account). Anything else is a mistake in the
 * deployment and reads as the stricter setting rather than silently opening the data.
 */
export type ReadAccess = "open" | "signed-in";

export function readAccess(value: string | undefined = process.env.DUIKOU_READ_ACCESS): ReadAccess {
  const v = value?.trim().toLowerCase();
  return !v || v === "open" ? "open" : "signed-in";
}
