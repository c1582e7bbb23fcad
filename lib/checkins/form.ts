import { z } from "zod";

// The check-in form as posted (strings and checkbox lists), turned into what submitCheckIn validates.

const INVALID_LINK = "This check-in link is not valid. Please open it again from your receipt email.";

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const ZCheckInFormSchema = z
  .object({
    salon: z.string({ error: INVALID_LINK }),
    booking: z.string({ error: INVALID_LINK }),
    token: z.string({ error: INVALID_LINK }).max(100, INVALID_LINK),
    satisfaction: optional,
    goalReached: optional,
    changes: list,
    remember: list,
    soundsInstead: optional,
    scentInstead: optional,
    moreTimeArea: optional,
    wishes: optional,
  })
  .transform(({ salon, booking, token, satisfaction, ...answers }) => ({
    link: { salon, booking, token },
    answers: { ...answers, satisfaction: satisfaction === undefined ? undefined : Number(satisfaction) },
  }));

export const CHECK_IN_INVALID_LINK = INVALID_LINK;
