import crypto from "node:crypto";
import { authSecret } from "@/lib/env";

// A manage link carries an HMAC of the booking's identity: unguessable, verifiable without
// storage, and useless for any other booking or salon.

function sign(tenantId: string, bookingId: string): string {
  return crypto.createHmac("sha256", authSecret()).update(`manage:${tenantId}:${bookingId}`).digest("base64url");
}

export function manageToken(tenantId: string, bookingId: string): string {
  return sign(tenantId, bookingId);
}

export function verifyManageToken(tenantId: string, bookingId: string, token: unknown): boolean {
  if (typeof token !== "string" || token.length > 100) return false;
  const expected = Buffer.from(sign(tenantId, bookingId));
  const given = Buffer.from(token);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** The booking's private page under the salon's public path, with its token (and any extra flags). */
export function manageHref(slug: string, bookingId: string, token: string, extra: Record<string, string> = {}): string {
  return `/s/${slug}/bookings/${bookingId}?${new URLSearchParams({ token, ...extra }).toString()}`;
}

export function manageUrl(appUrl: string, slug: string, tenantId: string, bookingId: string): string {
  return `${appUrl}${manageHref(slug, bookingId, manageToken(tenantId, bookingId))}`;
}
