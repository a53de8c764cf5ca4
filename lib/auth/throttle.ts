import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInThrottle } from "@/db/schema";
import { ACCOUNT_THRESHOLD, ADDRESS_THRESHOLD, accountKey, addressKey, afterFailure, secondsLeft } from "./throttle-policy";

type Keys = { email: string; ip: string | null };

const keysOf = ({ email, ip }: Keys) => [
  { key: accountKey(email), threshold: ACCOUNT_THRESHOLD },
  ...(ip ? [{ key: addressKey(ip), threshold: ADDRESS_THRESHOLD }] : []),
];

/** Seconds before this account or address may try again; the longer of the two waits. */
export function throttleWait(db: Db, keys: Keys, now = Date.now()): number {
  const rows = db.select().from(signInThrottle).where(inArray(signInThrottle.key, keysOf(keys).map((k) => k.key))).all();
  return Math.max(0, ...rows.map((r) => secondsLeft(r, now)));
}

/** Counts one failed attempt against both keys; returns the wait it now imposes. */
export function recordFailure(db: Db, keys: Keys, now = Date.now()): number {
  return db.transaction((tx) => {
    let wait = 0;
    for (const { key, threshold } of keysOf(keys)) {
      const prev = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
      const next = afterFailure(prev, now, threshold);
      tx.insert(signInThrottle).values({ key, ...next }).onConflictDoUpdate({ target: signInThrottle.key, set: next }).run();
      wait = Math.max(wait, secondsLeft(next, now));
    }
    return wait;
  });
}

/** A correct password clears the account's count (the address keeps its own, which decays). */
export function recordSuccess(db: Db, email: string): void {
  db.delete(signInThrottle).where(eq(signInThrottle.key, accountKey(email))).run();
}
