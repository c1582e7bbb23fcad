import { z } from "zod";
import { localDateToEpochDay } from "@/lib/availability/local-date";
import { isSupportedLocalDate } from "@/lib/validation/dates";
import { ZLocalDateSchema } from "./schemas";

// The query of GET /api/s/<salon>/slots. Dates are held to the supported years by
// ZLocalDateSchema; the range check skips dates those fields already refused.

export const MAX_SLOTS_RANGE_DAYS = 31;

export const ZSlotsQuerySchema = z
  .object({
    service: z.uuid("service must be a service id"),
    therapist: z.union([z.literal("any"), z.uuid()], { error: 'therapist must be a therapist id or "any"' }),
    from: ZLocalDateSchema,
    to: ZLocalDateSchema,
  })
  .superRefine((q, ctx) => {
    if (!isSupportedLocalDate(q.from) || !isSupportedLocalDate(q.to)) return;
    const days = localDateToEpochDay(q.to) - localDateToEpochDay(q.from);
    if (days < 0) ctx.addIssue({ code: "custom", message: "to must not be before from", path: ["to"] });
    else if (days >= MAX_SLOTS_RANGE_DAYS) ctx.addIssue({ code: "custom", message: `the range can cover ${MAX_SLOTS_RANGE_DAYS} days at most`, path: ["to"] });
  });

export type TSlotsQuery = z.infer<typeof ZSlotsQuerySchema>;
