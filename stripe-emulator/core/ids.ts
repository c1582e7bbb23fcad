import { createHash, randomBytes } from "node:crypto";

// Stripe ids: a type prefix and a random base62 tail.
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function randomTail(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] as number) % ALPHABET.length];
  return out;
}

export function newId(prefix: string, length = 24): string {
  return `${prefix}_${randomTail(length)}`;
}

/** Stable per (account, card number), like Stripe's fingerprints which are per account. */
export function cardFingerprint(scopeKey: string, number: string): string {
  const digest = createHash("sha256").update(`${scopeKey}:${number}`).digest();
  let out = "";
  for (let i = 0; i < 16; i++) out += ALPHABET[(digest[i] as number) % ALPHABET.length];
  return out;
}
