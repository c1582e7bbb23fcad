"use server";

import { redirect } from "next/navigation";
import { createStaffBooking } from "@/lib/booking/create-staff-booking";
import { rescheduleBooking, staffMover } from "@/lib/booking/reschedule-booking";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { staffPath } from "@/lib/tenancy/staff-page";
import { ZStaffMoveFormSchema, ZStaffNewBookingFormSchema, type TStaffNewBookingForm } from "./staff-booking-moves-forms";

// Staff move a booking, and book a client by phone. Each asks the guard for the caller's role at
// the salon of the page (bookings.update.own at least; the domain then lets a therapist act
// only on their own calendar and the owner on anyone's), then calls one domain function.

export const staffRescheduleAction = formAction({
  schema: ZStaffMoveFormSchema,
  context: (form) => staffWith({ salon: form.salon, permission: "bookings.update.own" }),
  async run(form, { staff }) {
    await rescheduleBooking({ tenantId: staff.tenantId, bookingId: form.booking, mover: staffMover(staff), input: { startsAt: form.start, therapistId: form.therapist } });
    redirect(`${staffPath(staff.tenant.slug, "bookings", form.booking)}?moved=1`);
  },
});

function blank(value: string | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}

function bookingInput(form: TStaffNewBookingForm) {
  const address = blank(form.line1) || blank(form.city) || blank(form.postalCode)
    ? { line1: form.line1 ?? "", line2: blank(form.line2), city: form.city ?? "", postalCode: form.postalCode ?? "", directions: blank(form.directions) }
    : undefined;
  return {
    serviceId: form.service,
    therapistId: form.therapist,
    startsAt: form.start,
    client: blank(form.client) ? { id: form.client } : { name: form.name ?? "", email: form.email ?? "", phone: form.phone ?? "" },
    note: blank(form.note),
    visitAddress: address,
  };
}

export const staffCreateBookingAction = formAction({
  schema: ZStaffNewBookingFormSchema,
  context: (form) => staffWith({ salon: form.salon, permission: "bookings.update.own" }),
  messages: { NOT_FOUND: "That client, service or therapist is not part of this salon. Please start again." },
  async run(form, { staff }) {
    const booking = await createStaffBooking({ staff, idempotencyKey: `${staff.userId}:${form.request}`, input: bookingInput(form) });
    redirect(`${staffPath(staff.tenant.slug, "bookings", booking.id)}?booked=1`);
  },
});
