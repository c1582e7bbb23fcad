import { cookies } from "next/headers";
import { z } from "zod";
import { env } from "@/lib/env";
import { ZClientDetailsSchema, ZClientNoteSchema } from "@/lib/booking/schemas";

// The client's contact details between the details step and confirmation. They stay out of the
// URL (no email or phone in history, logs or referrers) in an httpOnly cookie scoped to the
// salon's pages, and are validated again by createBooking on confirm.

const COOKIE = "sw_booking_details";
const MAX_AGE_SECONDS = 2 * 60 * 60;

export const ZDraftSchema = ZClientDetailsSchema.extend({
  note: ZClientNoteSchema.optional(),
});
export type TDraft = z.infer<typeof ZDraftSchema>;

export async function readDraft(): Promise<TDraft | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const parsed = ZDraftSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Only from a server action. */
export async function writeDraft(slug: string, draft: TDraft): Promise<void> {
  (await cookies()).set(COOKIE, Buffer.from(JSON.stringify(draft), "utf8").toString("base64url"), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    path: `/s/${slug}`,
    maxAge: MAX_AGE_SECONDS,
  });
}

/** Only from a server action. */
export async function clearDraft(slug: string): Promise<void> {
  (await cookies()).delete({ name: COOKIE, path: `/s/${slug}` });
}
