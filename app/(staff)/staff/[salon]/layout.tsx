import { StaffHeader } from "@/components/staff/staff-header";
import { can, listStaffSalons } from "@/lib/tenancy/guard";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";

export default async function SalonStaffLayout({ children, params }: { children: React.ReactNode; params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const ctx = await requireStaffPage({ salon });
  const slug = ctx.tenant.slug;
  const salons = await listStaffSalons(ctx.userId);
  const links = [
    { href: staffPath(slug, "insights"), label: can(ctx, "insights.read.all") ? "Dashboard" : "My figures" },
    { href: staffPath(slug, "calendar"), label: "Calendar" },
    { href: staffPath(slug, "clients"), label: "Clients" },
    { href: staffPath(slug, "schedule"), label: "Hours" },
    ...(can(ctx, "payments.manage") ? [{ href: staffPath(slug, "payments"), label: "Payments" }] : []),
    ...(can(ctx, "salon.manage") ? [{ href: staffPath(slug, "settings"), label: "Settings" }] : []),
    { href: "/staff/account", label: "Account" },
  ];
  return (
    <>
      <StaffHeader
        salon={{ slug, name: ctx.tenant.name, role: ctx.roles.includes("OWNER") ? "Owner" : "Therapist" }}
        links={links}
        otherSalons={salons.filter((s) => s.slug !== slug)}
      />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
