import { redirect } from "next/navigation";
import { findStaffSalonOfBooking } from "@/lib/booking/staff-queries";
import { ZIdSchema } from "@/lib/tenancy/guard";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";

// Staff links from before URLs carried the salon (older emails): to the booking at the salon
// that holds it among the caller's, else their first salon (where it is simply not found).
export default async function OldStaffBookingLink({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requireStaffPage({ salon: null, returnTo: `/staff/bookings/${encodeURIComponent(id)}` });
  const salon = ZIdSchema.safeParse(id).success ? await findStaffSalonOfBooking(ctx.userId, id) : null;
  redirect(staffPath(salon ?? ctx.tenant.slug, "bookings", id));
}
