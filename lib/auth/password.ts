import { hash, verify, type Algorithm } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// Argon2id through a native binding that hashes on libuv's thread pool, so a burst of
// sign-ins never stalls the event loop (bcryptjs did, in pure JavaScript). Hashes from before
// the switch are bcrypt; they still verify, and are replaced at the next successful sign-in.

// OWASP's baseline for argon2id: 19 MiB, 2 passes, 1 lane. (Algorithm is a const enum the
// isolated-modules build cannot read: 2 is Argon2id.)
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

export type PasswordCheck = { ok: boolean; needsRehash: boolean };

export async function checkPassword(plain: string, stored: string): Promise<PasswordCheck> {
  if (isLegacyBcrypt(stored)) {
    const ok = await bcrypt.compare(plain, stored);
    return { ok, needsRehash: ok };
  }
  try {
    const ok = await verify(stored, plain);
    return { ok, needsRehash: ok && !stored.startsWith(`$argon2id$v=19$m=${OPTIONS.memoryCost},t=${OPTIONS.timeCost},p=${OPTIONS.parallelism}$`) };
  } catch {
    return { ok: false, needsRehash: false }; // a malformed stored hash matches nothing
  }
}

let dummy: Promise<string> | undefined;

/**
 * The same work as checking a real password, for an account that does not exist or has no
 * password, so the response time does not tell whether an email belongs to an account.
 */
export async function checkPasswordAgainstNothing(plain: string): Promise<PasswordCheck> {
  dummy ??= hashPassword(`no account ${Math.random()}`);
  await verify(await dummy, plain).catch(() => false);
  return { ok: false, needsRehash: false };
}

function isLegacyBcrypt(stored: string): boolean {
  return /^\$2[aby]\$/.test(stored);
}
