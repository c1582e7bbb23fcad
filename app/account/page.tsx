import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUserEmail } from "@/lib/auth/session";
import { listOwnBookings } from "@/lib/booking/client-queries";
import { manageHref, manageToken } from "@/lib/booking/manage-token";
import { formatDateTime } from "@/lib/format/format";
import { StatusBadge } from "@/components/staff/status-badge";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { zoneLabel } from "@/components/booking/time-labels";

export const metadata: Metadata = { title: "Your bookings" };

export default async function AccountPage() {
  const email = await currentUserEmail();
  if (!email) redirect("/signin?callbackUrl=/account");
  const bookings = await listOwnBookings(email);
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <Link href="/" className="text-sm font-medium text-brand-700 hover:underline">
        ← All salons
      </Link>
      <div className="flex items-center justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold text-stone-900">Your bookings</h1>
          <p className="truncate text-sm text-stone-600">Signed in as {email}</p>
        </div>
        <SignOutButton />
      </div>
      {bookings.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">You have no bookings yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {bookings.map((b) => (
            <li key={b.id}>
              <Link href={manageHref(b.tenant.slug, b.id, manageToken(b.tenantId, b.id))} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-stone-50">
                <span>
                  <span className="block font-medium text-stone-900">
                    {b.serviceName} with {b.therapist.displayName}
                  </span>
                  <span className="block text-sm text-stone-600">
                    {b.tenant.name} · {formatDateTime(b.startsAt, b.location.timeZone, b.tenant.locale)} ({zoneLabel(b.startsAt, b.location.timeZone, b.tenant.locale)})
                  </span>
                </span>
                <StatusBadge status={b.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
