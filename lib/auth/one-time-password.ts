import crypto from "node:crypto";

// No 0/O, 1/l/I: it is read off a screen and typed by hand once.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** 20 random characters in groups of five (about 99 bits), e.g. "k7mqp-3xtra-…". */
export function generateOneTimePassword(): string {
  const chars = Array.from(crypto.randomBytes(20), (b) => ALPHABET[b % ALPHABET.length]).join("");
  return chars.match(/.{5}/g)!.join("-");
}
