import { redirect } from "next/navigation";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";

/** A salon's staff home is its calendar. */
export default async function SalonStaffHome({ params }: { params: Promise<{ salon: string }> }) {
  const ctx = await requireStaffPage({ salon: (await params).salon });
  redirect(staffPath(ctx.tenant.slug, "calendar"));
}
