import { z } from "zod";
import { blankAsNone, bookingLinkFields, checkbox, checkboxList } from "@/lib/validation/form-fields";
import { BODY_REGIONS } from "./options";

// The preferences form as posted (strings, and lists from checkbox groups), turned into the
// shapes saveBookingPreferences validates. Empty choices mean "no preference".

const INVALID_LINK = "This booking link is not valid. Please open it again from your confirmation email.";

const optional = blankAsNone();

const list = checkboxList().pipe(z.array(z.enum(BODY_REGIONS, { error: "Please choose from the listed areas" })).max(BODY_REGIONS.length));


export const ZPreferencesFormSchema = z
  .object({
    ...bookingLinkFields(INVALID_LINK),
    goal: z.string({ error: "Please choose what you come for" }),
    goalDetail: optional,
    painArea: optional,
    painLevel: optional,
    sounds: optional,
    scent: optional,
    scentOther: optional,
    talking: optional,
    pressure: optional,
    temperature: optional,
    focusAreas: list,
    avoidAreas: list,
    healthNotes: optional,
    healthConsent: checkbox(),
    remember: checkbox(),
  })
  .transform(({ salon, booking, token, healthNotes, healthConsent, remember, painLevel, ...preferences }) => ({
    link: { salon, booking, token },
    preferences: { ...preferences, painLevel: painLevel === undefined ? undefined : Number(painLevel) },
    health: { healthNotes, healthConsent },
    remember,
  }));

export type TPreferencesForm = z.output<typeof ZPreferencesFormSchema>;
