import { z } from "zod";
import { blankAsNone, bookingLinkFields, checkboxList } from "@/lib/validation/form-fields";

// The check-in form as posted (strings and checkbox lists), turned into what submitCheckIn validates.

const INVALID_LINK = "This check-in link is not valid. Please open it again from your receipt email.";

const optional = blankAsNone();
const list = checkboxList();

export const ZCheckInFormSchema = z
  .object({
    ...bookingLinkFields(INVALID_LINK),
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
