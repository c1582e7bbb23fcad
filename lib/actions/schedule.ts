"use server";

import { revalidatePath } from "next/cache";
import { createCalendarFeed, feedPath, revokeCalendarFeeds } from "@/lib/calendar-feed/feeds";
import { env } from "@/lib/env";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { staffPath } from "@/lib/tenancy/staff-page";
import { scheduleTherapistFor } from "@/lib/hours/schedule-access";
import { localInputToInstant, ZFeedFormSchema, ZHoursFormSchema, ZRemoveTimeOffFormSchema, ZTimeOffFormSchema } from "@/lib/hours/schedule-forms";
import { addTimeOff, removeTimeOff, setWeeklyHours, StrandedBookingsError, type StrandedBooking } from "@/lib/hours/update-hours";
import type { WorkBlock } from "@/lib/hours/weekly-hours";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";

// The schedule page: weekly hours, time off and the private calendar feed of one therapist
// (their own, or any for the owner). A change that strands bookings answers with them, so the
// form can ask whether to keep or cancel them.

export type ScheduleResult =
  | { saved: true }
  // With the hours as posted, so the form offers keep/cancel for what the person typed.
  | { stranded: { id: string; startsAt: string; contactName: string; serviceName: string }[]; blocks?: WorkBlock[]; posted?: { from: string; until: string; reason?: string } }
  | { feedUrl: string }
  | { revoked: true };

async function context(form: { salon: string; therapist?: string }) {
  const { staff } = await staffWith({ salon: form.salon, permission: "schedule.manage.own" });
  return { staff, therapist: await scheduleTherapistFor(staff, form.therapist) };
}

function strandedAnswer(bookings: StrandedBooking[]): ScheduleResult {
  return { stranded: bookings.map((b) => ({ id: b.id, startsAt: b.startsAt.toISOString(), contactName: b.contactName, serviceName: b.serviceName })) };
}

async function orStranded(work: () => Promise<unknown>): Promise<ScheduleResult> {
  try {
    await work();
    return { saved: true };
  } catch (error) {
    if (error instanceof StrandedBookingsError) return strandedAnswer(error.bookings);
    throw error;
  }
}

export const saveHoursAction = formAction({
  schema: ZHoursFormSchema,
  context,
  async run(form, { staff, therapist }): Promise<ScheduleResult> {
    const result = await orStranded(() => setWeeklyHours({ tenantId: staff.tenantId, therapistId: therapist.id, blocks: form.blocks, decision: form.decision, actor: `staff:${staff.userId}` }));
    revalidatePath(staffPath(staff.tenant.slug, "schedule"));
    return "stranded" in result ? { ...result, blocks: form.blocks } : result;
  },
});

export const addTimeOffAction = formAction({
  schema: ZTimeOffFormSchema,
  context,
  async run(form, { staff, therapist }): Promise<ScheduleResult> {
    const zone = staff.tenant.timeZone;
    const result = await orStranded(() =>
      addTimeOff({ tenantId: staff.tenantId, therapistId: therapist.id, startsAt: localInputToInstant(form.from, zone), endsAt: localInputToInstant(form.until, zone), reason: form.reason, decision: form.decision, actor: `staff:${staff.userId}` }),
    );
    revalidatePath(staffPath(staff.tenant.slug, "schedule"));
    return "stranded" in result ? { ...result, posted: { from: form.from, until: form.until, reason: form.reason } } : result;
  },
});

export const removeTimeOffAction = formAction({
  schema: ZRemoveTimeOffFormSchema,
  context,
  async run(form, { staff, therapist }): Promise<ScheduleResult> {
    await removeTimeOff({ tenantId: staff.tenantId, therapistId: therapist.id, timeOffId: parseIdOrNotFound(form.timeOff, "Time off") });
    revalidatePath(staffPath(staff.tenant.slug, "schedule"));
    return { saved: true };
  },
});

export const calendarFeedAction = formAction({
  schema: ZFeedFormSchema,
  context,
  async run(form, { staff, therapist }): Promise<ScheduleResult> {
    if (form.intent === "revoke") {
      await revokeCalendarFeeds({ tenantId: staff.tenantId, therapistId: therapist.id });
      revalidatePath(staffPath(staff.tenant.slug, "schedule"));
      return { revoked: true };
    }
    const token = await createCalendarFeed({ tenantId: staff.tenantId, therapistId: therapist.id });
    revalidatePath(staffPath(staff.tenant.slug, "schedule"));
    return { feedUrl: `${env().APP_URL}${feedPath(token)}` };
  },
});
