import Link from "next/link";
import { findSalon, type SalonParams } from "./salon-context";

export default async function SalonLayout({ children, params }: { children: React.ReactNode; params: SalonParams }) {
  const { salon } = await params;
  // An unknown salon renders the 404 page (the page calls notFound()) without the salon header.
  const tenant = (await findSalon(salon))?.tenant;
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-stone-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex max-w-2xl items-center justify-between gap-3 px-4 py-3">
          {tenant ? (
            <Link href={`/s/${tenant.slug}`} className="min-w-0 truncate text-lg font-semibold text-brand-900 hover:text-brand-700">
              {tenant.name}
            </Link>
          ) : (
            <Link href="/" className="text-lg font-semibold text-brand-900">
              Stillwater
            </Link>
          )}
          {/* A client's bookings at every salon; signed out, /account asks for their email and sends a sign-in link. */}
          <Link
            href="/account"
            prefetch={false}
            className="inline-flex min-h-11 shrink-0 items-center rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 hover:underline"
          >
            My bookings
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 pt-5 pb-16 sm:pt-8">
        {children}
      </main>
      <footer className="border-t border-stone-200 py-6 text-center text-xs text-stone-600">
        Booking by{" "}
        <Link href="/" className="font-semibold text-brand-700 hover:underline">
          Stillwater
        </Link>{" "}
        · Pay after your session
      </footer>
    </div>
  );
}
