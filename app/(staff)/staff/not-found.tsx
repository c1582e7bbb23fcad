import Link from "next/link";

export default function StaffNotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-stone-900">Page not found</h1>
      <p className="mt-3 text-stone-700">This booking could not be found in your salon, or you do not have access to it.</p>
      <Link href="/staff" className="mt-6 inline-block font-semibold text-brand-700 hover:underline">
        ← Back to bookings
      </Link>
    </div>
  );
}
