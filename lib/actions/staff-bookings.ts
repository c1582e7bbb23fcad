"use server";

import { revalidatePath } from "next/cache";
import { completeBooking, type TExtra } from "@/lib/booking/complete-booking";
import { markNoShow } from "@/lib/booking/mark-no-show";
import { assertMayUpdateBooking } from "@/lib/booking/staff-queries";
import { AppError } from "@/lib/errors/app-error";
import { parseMajorAmount } from "@/lib/payments/money";
import { decideConcern } from "@/lib/payments/review";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { staffPath } from "@/lib/tenancy/staff-page";
import type { z } from "zod";
import { EXTRA_ROWS, ZCompleteFormSchema, ZConcernDecisionFormSchema, ZStaffBookingFormSchema } from "./staff-booking-forms";

// The staff booking page: mark a session completed (with extras) or a no-show, and the owner's
// answer to a client's concern. Each checks the caller may change this booking, then calls one
// domain function; the money that follows is jobs committed with the change.

function extrasOf(form: z.infer<typeof ZCompleteFormSchema>, currency: string): TExtra[] {
  const extras: TExtra[] = [];
  for (const i of EXTRA_ROWS) {
    const description = form[`extra${i}`]?.trim();
    const amount = form[`amount${i}`]?.trim();
    if (!description && !amount) continue;
    const amountMinor = parseMajorAmount(amount ?? "", currency);
    if (!description || amountMinor === null) throw new AppError("VALIDATION", "Each extra needs a description and an amount like 15.00.", { [`amount${i}`]: ["Enter an amount"] });
    extras.push({ description, amountMinor, minutes: 0 });
  }
  return extras;
}

export const completeBookingAction = formAction({
  schema: ZCompleteFormSchema,
  context: (form) => staffWith({ salon: form.salon }),
  async run(form, { staff }) {
    const bookingId = parseIdOrNotFound(form.booking, "Booking");
    await assertMayUpdateBooking(staff, bookingId);
    const extras = extrasOf(form, staff.tenant.currency);
    await completeBooking({ tenantId: staff.tenantId, bookingId, actor: `staff:${staff.userId}`, input: { extras } });
    revalidatePath(staffPath(staff.tenant.slug, "bookings", bookingId));
  },
});

export const markNoShowAction = formAction({
  schema: ZStaffBookingFormSchema,
  context: (form) => staffWith({ salon: form.salon }),
  async run(form, { staff }) {
    const bookingId = parseIdOrNotFound(form.booking, "Booking");
    await assertMayUpdateBooking(staff, bookingId);
    await markNoShow({ tenantId: staff.tenantId, bookingId, actor: `staff:${staff.userId}` });
    revalidatePath(staffPath(staff.tenant.slug, "bookings", bookingId));
  },
});

export const decideConcernAction = formAction({
  schema: ZConcernDecisionFormSchema,
  context: (form) => staffWith({ salon: form.salon, permission: "payments.manage" }),
  async run(form, { staff }) {
    const concernId = parseIdOrNotFound(form.concern, "Concern");
    const discountMinor = form.decision === "DISCOUNT" ? parseMajorAmount(form.discount ?? "", staff.tenant.currency) : undefined;
    if (discountMinor === null) throw new AppError("VALIDATION", "Enter the discount as an amount like 20.00.", { discount: ["Enter an amount"] });
    await decideConcern({ tenantId: staff.tenantId, concernId, input: { decision: form.decision, discountMinor, note: form.note }, actor: `staff:${staff.userId}` });
    revalidatePath(staffPath(staff.tenant.slug, "payments"));
  },
});
