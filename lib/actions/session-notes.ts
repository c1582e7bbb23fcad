"use server";

import { revalidatePath } from "next/cache";
import { addSessionNote } from "@/lib/notes/add-session-note";
import { ZSessionNoteFormSchema } from "@/lib/notes/schema";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { can, parseIdOrNotFound } from "@/lib/tenancy/guard";
import { staffPath } from "@/lib/tenancy/staff-page";

/** The brief's "add a note": staff of the page's salon; a therapist on their own sessions, the owner on any. */
export const addSessionNoteAction = formAction({
  schema: ZSessionNoteFormSchema,
  context: (form) => staffWith({ salon: form.salon, permission: "notes.write.own" }),
  invalidMessage: (errors) => errors.body?.[0] ?? "Please check the note.",
  async run(form, { staff }) {
    const bookingId = parseIdOrNotFound(form.booking, "Booking");
    const author = { userId: staff.userId, therapistId: staff.therapistId, anySession: can(staff, "notes.write.all") };
    const note = await addSessionNote({ tenantId: staff.tenantId, bookingId, author, body: form.body });
    revalidatePath(staffPath(staff.tenant.slug, "bookings", bookingId));
    return { id: note.id };
  },
});
