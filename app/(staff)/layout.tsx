import Link from "next/link";
import { requireStaffPage } from "@/lib/tenancy/staff-page";
import { can } from "@/lib/tenancy/guard";
import { SignOutButton } from "@/components/auth/sign-out-button";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireStaffPage();
  const role = ctx.roles.includes("OWNER") ? "Owner" : "Therapist";
  return (
    <div className="min-h-dvh bg-stone-50">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <div>
            <Link href="/staff" className="text-lg font-semibold text-brand-900">
              {ctx.tenant.name}
            </Link>
            <p className="text-sm text-stone-600">Staff area · {role}</p>
          </div>
          <nav aria-label="Account" className="flex items-center gap-2">
            {can(ctx, "payments.manage") && (
              <Link href="/staff/payments" className="rounded-lg px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100">
                Payments
              </Link>
            )}
            <Link href="/staff/account" className="rounded-lg px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100">
              Account
            </Link>
            <SignOutButton />
          </nav>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
