import { redirect } from "next/navigation";
import { listStaffSalons } from "@/lib/tenancy/guard";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";

// The payments list from before URLs carried the salon (older emails, Stripe's return links):
// to the first salon the caller owns, keeping the query (?connect=return).
export default async function OldPaymentsLink({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireStaffPage({ salon: null, returnTo: "/staff/payments" });
  const salons = await listStaffSalons(ctx.userId);
  const salon = salons.find((s) => s.roles.includes("OWNER"))?.slug ?? ctx.tenant.slug;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) for (const v of [value ?? []].flat()) query.append(name, v);
  redirect(`${staffPath(salon, "payments")}${query.size ? `?${query}` : ""}`);
}
