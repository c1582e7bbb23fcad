import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { ClientMatch } from "@/lib/clients/search-clients";

type Client = Pick<ClientMatch, "id" | "name" | "email" | "phone">;
type Props = {
  action: string;
  /** The choices made so far, kept by every link and form. */
  keep: Record<string, string | undefined>;
  chosen: Client | null;
  query: string;
  matches: (Client & Partial<Pick<ClientMatch, "bookings">>)[] | null;
};

function hrefWith(action: string, keep: Props["keep"], extra: Record<string, string | undefined>): string {
  const entries = Object.entries({ ...keep, ...extra }).filter((e): e is [string, string] => e[1] !== undefined);
  return `${action}?${new URLSearchParams(entries).toString()}`;
}

/** Finds the caller among the salon's clients (a GET search, results as links), or says a new client's details come next. */
export function ClientSearch({ action, keep, chosen, query, matches }: Props) {
  if (chosen) {
    return (
      <div data-testid="chosen-client" className="flex flex-wrap items-start justify-between gap-2 rounded-xl bg-stone-50 p-4">
        <div>
          <p className="font-semibold text-stone-900">{chosen.name}</p>
          <p className="text-sm text-stone-700">
            {chosen.email} · {chosen.phone}
          </p>
        </div>
        <Link href={hrefWith(action, keep, {})} className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 hover:underline">
          Choose another client
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <form action={action} method="get" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        {Object.entries(keep).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
        <div className="min-w-0 sm:flex-1">
          <label htmlFor="client-search" className="text-sm font-semibold text-stone-900">
            Find a client
          </label>
          <input id="client-search" type="search" name="q" defaultValue={query} minLength={2} maxLength={100} placeholder="Name, email or phone" className="mt-1.5 block min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-base" />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {matches && matches.length === 0 && <p className="text-sm text-stone-700">No client matches “{query}”. Enter them as a new client below.</p>}
      {matches && matches.length > 0 && (
        <ul aria-label="Matching clients" className="divide-y divide-stone-200 rounded-xl border border-stone-200">
          {matches.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0">
                <p className="font-medium text-stone-900">{m.name}</p>
                <p className="truncate text-sm text-stone-700">
                  {m.email} · {m.phone}
                  {m.bookings ? ` · ${m.bookings} booking${m.bookings === 1 ? "" : "s"}` : ""}
                </p>
              </div>
              <Link href={hrefWith(action, keep, { client: m.id })} className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50">
                Book for {m.name.split(" ")[0]}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {!(matches && matches.length === 0) && <p className="text-sm text-stone-600">Or enter a new client&apos;s details below.</p>}
    </div>
  );
}
