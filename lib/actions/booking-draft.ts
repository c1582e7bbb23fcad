import crypto from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";
import { ZClientDetailsSchema, ZClientNoteSchema } from "@/lib/booking/schemas";
import { ZVisitAddressSchema } from "@/lib/booking/visit-address";

// The client's contact details between the details step and confirmation. They stay out of the
// URL (no email or phone in history, logs or referrers) in an httpOnly cookie scoped to the
// salon's pages, and are validated again by createBooking on confirm.

const COOKIE = "sw_booking_details";
const MAX_AGE_SECONDS = 2 * 60 * 60;

export const ZDraftSchema = ZClientDetailsSchema.extend({
  note: ZClientNoteSchema.optional(),
  visitAddress: ZVisitAddressSchema.optional(),
});
export type TDraft = z.infer<typeof ZDraftSchema>;

// Each saved draft gets a random id; with the chosen time it makes the confirmation's
// idempotency key, so a retried, repeated or second-tab confirm finds the booking it made.
const ZStoredDraftSchema = ZDraftSchema.extend({ id: z.uuid() });
export type TStoredDraft = z.infer<typeof ZStoredDraftSchema>;

/** The idempotency key of confirming this draft for this choice of service, therapist and time. */
export function confirmationKey(draft: TStoredDraft, selection: { service: string; therapist: string; start: string }): string {
  const start = new Date(selection.start).toISOString();
  return crypto.createHash("sha256").update(`${draft.id}|${selection.service}|${selection.therapist}|${start}`).digest("base64url");
}

export async function readDraft(): Promise<TStoredDraft | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = ZStoredDraftSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Only from a server action. */
export async function writeDraft(slug: string, draft: TDraft): Promise<void> {
  const stored: TStoredDraft = { ...draft, id: crypto.randomUUID() };
  (await cookies()).set(COOKIE, Buffer.from(JSON.stringify(stored), "utf8").toString("base64url"), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    path: `/s/${slug}`,
    maxAge: MAX_AGE_SECONDS,
  });
}
