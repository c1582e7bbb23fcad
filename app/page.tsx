import Link from "next/link";
import { listPublicSalons } from "@/lib/booking/public-queries";

// Reads the database on every request, never at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const salons = await listPublicSalons();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-2xl items-center justify-between px-4 py-4">
        <span className="text-lg font-semibold text-brand-900">Stillwater</span>
        <Link href="/signin" className="rounded-lg px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          Staff sign in
        </Link>
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 pb-16">
        <section className="py-10 sm:py-16">
          <h1 className="text-4xl font-semibold tracking-tight text-brand-900 sm:text-5xl">Stillwater</h1>
          <p className="mt-3 text-xl text-stone-700 sm:text-2xl">Book a massage. Pay after you enjoyed it.</p>
        </section>
        <section aria-labelledby="salons-heading">
          <h2 id="salons-heading" className="text-lg font-semibold text-stone-900">
            Salons
          </h2>
          {salons.length === 0 ? (
            <p className="mt-3 rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">No salons yet.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {salons.map((salon) => (
                <li key={salon.slug}>
                  <Link
                    href={`/s/${salon.slug}`}
                    className="group flex items-center justify-between gap-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm transition-colors hover:border-brand-500"
                  >
                    <span className="min-w-0">
                      <span className="block text-lg font-semibold text-stone-900 group-hover:text-brand-700">{salon.name}</span>
                      {salon.tagline && <span className="mt-0.5 block text-sm text-stone-700">{salon.tagline}</span>}
                      {salon.locations[0] && <span className="mt-1 block text-sm text-stone-600">{salon.locations[0].city}</span>}
                    </span>
                    <span aria-hidden="true" className="text-2xl text-brand-700">
                      →
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}
