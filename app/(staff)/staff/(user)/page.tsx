import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listStaffSalons } from "@/lib/tenancy/guard";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Your salons" };

/** The staff home: straight to the salon's calendar, or a choice for someone working at several. */
export default async function StaffHomePage() {
  const ctx = await requireStaffPage({ salon: null, returnTo: "/staff" });
  const salons = await listStaffSalons(ctx.userId);
  if (salons.length === 1) redirect(staffPath(salons[0]!.slug, "calendar"));
  return (
    <section aria-labelledby="salons-heading" className="mx-auto max-w-md space-y-4">
      <h1 id="salons-heading" className="text-2xl font-semibold text-stone-900">
        Choose a salon
      </h1>
      <p className="text-stone-700">You work at more than one salon. Each has its own calendar, clients and notes.</p>
      <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
        {salons.map((salon) => (
          <li key={salon.slug}>
            <Link href={staffPath(salon.slug, "calendar")} className="flex min-h-14 items-center justify-between gap-4 px-4 py-3 hover:bg-stone-50">
              <span className="font-medium text-stone-900">{salon.name}</span>
              <span className="text-sm text-stone-600">{salon.roles.includes("OWNER") ? "Owner" : "Therapist"}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
