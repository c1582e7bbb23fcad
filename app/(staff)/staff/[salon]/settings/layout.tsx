import { StaffNav } from "@/components/staff/staff-nav";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

/** The owner's settings: one section per page, reached from this row. Nobody else gets past it. */
export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const staff = await requireStaffPagePermission({
    salon,
    permission: "salon.manage",
  });
  const slug = staff.tenant.slug;
  const section = (path: string, label: string) => ({
    href: staffPath(slug, "settings", path),
    label,
  });
  return (
    <div className="space-y-6">
      <StaffNav
        label="Settings"
        links={[
          section("profile", "Salon"),
          section("locations", "Locations"),
          section("services", "Services"),
          section("staff", "Staff"),
          section("policies", "Policies"),
          section("payments", "Stripe"),
          section("changes", "Change log"),
        ]}
      />
      {children}
    </div>
  );
}
