import { StaffHeader } from "@/components/staff/staff-header";
import { listStaffSalons } from "@/lib/tenancy/guard";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";

// The person's own pages (which salon, their account): not one salon's.
export default async function StaffUserLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireStaffPage({ salon: null });
  const salons = await listStaffSalons(ctx.userId);
  const only = salons.length === 1 ? salons[0]! : null;
  const links = [
    ...(only ? [{ href: staffPath(only.slug, "calendar"), label: "Calendar" }] : []),
    { href: "/staff/account", label: "Account" },
  ];
  return (
    <>
      <StaffHeader salon={only && { slug: only.slug, name: only.name, role: only.roles.includes("OWNER") ? "Owner" : "Therapist" }} links={links} otherSalons={only ? [] : salons} />
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </>
  );
}
