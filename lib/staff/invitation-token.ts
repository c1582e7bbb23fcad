import crypto from "node:crypto";
import { env, authSecret } from "@/lib/env";

// An invitation link carries 32 random bytes (base64url); only their SHA-256 hash is stored, so
// a copy of the database opens no invitation. The email job needs the secret to write the link:
// its payload carries it sealed (AES-256-GCM under a key derived from the app's secret), so the
// job table does not hold usable links either.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Whether `token` has the shape of an invitation token (anything else finds nothing, unhashed). */
export function isInvitationTokenShape(token: unknown): token is string {
  return typeof token === "string" && TOKEN_PATTERN.test(token);
}

/** The invitation page of a token: a query parameter, so the page is served as a secret URL (Referrer-Policy same-origin). */
export function invitationPath(token: string): string {
  return `/invite?${new URLSearchParams({ token })}`;
}

export function invitationUrl(token: string): string {
  return `${env().APP_URL}${invitationPath(token)}`;
}

function sealingKey(): Buffer {
  return crypto.createHmac("sha256", authSecret()).update("staff-invitation-job").digest();
}

/** The token sealed for a job payload: iv, tag and ciphertext, base64url. */
export function sealInvitationToken(token: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", sealingKey(), iv);
  const sealed = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The token a sealed payload holds, or null when it was not sealed by this app (or was altered). */
export function openInvitationToken(sealed: string): string | null {
  try {
    const bytes = Buffer.from(sealed, "base64url");
    if (bytes.length < 29) return null;
    const decipher = crypto.createDecipheriv("aes-256-gcm", sealingKey(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const token = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
    return isInvitationTokenShape(token) ? token : null;
  } catch {
    return null;
  }
}
