import crypto from "node:crypto";
import { authSecret } from "@/lib/env";

// A manage link carries an HMAC of the booking's identity: unguessable, verifiable without
// storage, and useless for any other booking or salon.

// A receipt link is signed for another purpose: forwarding a receipt lets someone tip or pay,
// never cancel the booking.
type Purpose = "manage" | "receipt";

function sign(purpose: Purpose, tenantId: string, bookingId: string): string {
  return crypto.createHmac("sha256", authSecret()).update(`${purpose}:${tenantId}:${bookingId}`).digest("base64url");
}

function verify(purpose: Purpose, tenantId: string, bookingId: string, token: unknown): boolean {
  if (typeof token !== "string" || token.length > 100) return false;
  const expected = Buffer.from(sign(purpose, tenantId, bookingId));
  const given = Buffer.from(token);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export function manageToken(tenantId: string, bookingId: string): string {
  return sign("manage", tenantId, bookingId);
}

export function verifyManageToken(tenantId: string, bookingId: string, token: unknown): boolean {
  return verify("manage", tenantId, bookingId, token);
}

export function receiptToken(tenantId: string, bookingId: string): string {
  return sign("receipt", tenantId, bookingId);
}

/** A manage link opens the receipt too: it is the stronger of the two. */
export function verifyReceiptToken(tenantId: string, bookingId: string, token: unknown): boolean {
  return verify("receipt", tenantId, bookingId, token) || verify("manage", tenantId, bookingId, token);
}

export function receiptHref(slug: string, tenantId: string, bookingId: string, extra: Record<string, string> = {}): string {
  return `/s/${slug}/bookings/${bookingId}/receipt?${new URLSearchParams({ token: receiptToken(tenantId, bookingId), ...extra }).toString()}`;
}

/** The booking's private page under the salon's public path, with its token (and any extra flags). */
export function manageHref(slug: string, bookingId: string, token: string, extra: Record<string, string> = {}): string {
  return `/s/${slug}/bookings/${bookingId}?${new URLSearchParams({ token, ...extra }).toString()}`;
}

export function manageUrl(appUrl: string, slug: string, tenantId: string, bookingId: string): string {
  return `${appUrl}${manageHref(slug, bookingId, manageToken(tenantId, bookingId))}`;
}
