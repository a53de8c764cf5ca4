import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// No secret in the repository: BETTER_AUTH_SECRET wins; otherwise one is generated on first use
// into data/ (gitignored, beside the database) and kept, so sessions survive a restart.
export const SECRET_FILE = "data/.auth-secret";

export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.resolve(/*turbopackIgnore: true*/ process.env.DUIKOU_AUTH_SECRET_FILE ?? SECRET_FILE);
  try {
    const stored = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (stored.length >= 32) return stored;
  } catch {
    // Not there yet: created below.
  }
  fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    // "wx": if another process created it a moment ago, keep theirs.
    fs.writeFileSync(/*turbopackIgnore: true*/ file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    return fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  }
}
