import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { AlertIcon } from "@/components/ui/icons";
import { ClientPages, ClientTable } from "@/components/staff/clients/client-list";
import { clientListSearch, DEFAULT_DIRECTION, DEFAULT_SORT, listClients, mayReadAllClients, parseClientListQuery } from "@/lib/clients/list-clients";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Clients" };

/**
 * The salon's clients (the owner) or the clients who booked with them (a therapist): searched,
 * sorted and paged through the query string (?q=&sort=&dir=&page=), so every view is a link.
 */
export default async function ClientsPage({ params, searchParams }: { params: Promise<{ salon: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { salon } = await params;
  const staff = await requireStaffPagePermission({ salon, permission: "clients.read.own" });
  const { tenant } = staff;
  const parsed = parseClientListQuery(await searchParams);
  const list = await listClients(staff, parsed);
  const base = staffPath(tenant.slug, "clients");
  const fmt = { timeZone: tenant.timeZone, locale: tenant.locale, currency: tenant.currency };
  const all = mayReadAllClients(staff);
  const searchError = parsed.searchError;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">Clients</h1>
        <p className="text-stone-700">
          {all
            ? "Everyone who has booked at the salon: how often they come, when they come next, what they have paid and how their sessions felt."
            : "The clients who have booked a session with you: how often they come, when they come next and how their sessions felt."}
        </p>
      </header>

      <form action={base} method="get" role="search" aria-label="Clients" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        {list.query.sort !== DEFAULT_SORT && <input type="hidden" name="sort" value={list.query.sort} />}
        {list.query.dir !== DEFAULT_DIRECTION[list.query.sort] && <input type="hidden" name="dir" value={list.query.dir} />}
        <div className="min-w-0 sm:max-w-md sm:flex-1">
          <label htmlFor="client-search" className="text-sm font-semibold text-stone-900">
            Search by name, email or phone
          </label>
          <input
            id="client-search"
            type="search"
            name="q"
            defaultValue={parsed.rawQ}
            maxLength={100}
            autoComplete="off"
            aria-invalid={searchError ? true : undefined}
            aria-describedby={searchError ? "client-search-error" : undefined}
            className={`mt-1.5 block min-h-12 w-full rounded-xl border bg-white px-3 text-base ${searchError ? "border-rose-600" : "border-stone-300"}`}
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {(list.query.q || parsed.rawQ) && (
          <Link href={base + clientListSearch({ sort: list.query.sort, dir: list.query.dir })} className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-brand-700 hover:underline">
            Clear search
          </Link>
        )}
      </form>
      {searchError && (
        <p id="client-search-error" className="-mt-3 flex items-start gap-1.5 text-sm font-medium text-rose-800">
          <AlertIcon className="mt-px size-4 shrink-0" />
          {searchError}. Showing all clients.
        </p>
      )}

      {list.rows.length === 0 ? (
        <EmptyState q={list.query.q} total={list.total} all={all} firstPage={base + clientListSearch({ ...list.query, page: 1 })} />
      ) : (
        <>
          <ClientTable list={list} base={base} clientHref={(id) => staffPath(tenant.slug, "clients", id)} fmt={fmt} />
          <ClientPages list={list} base={base} locale={tenant.locale} />
        </>
      )}
    </div>
  );
}

function EmptyState({ q, total, all, firstPage }: { q: string | null; total: number; all: boolean; firstPage: string }) {
  const box = "rounded-xl border border-dashed border-stone-300 bg-white p-6 text-stone-700";
  if (total > 0) {
    return (
      <div className={box} data-testid="clients-empty">
        <p className="font-semibold text-stone-900">No clients on this page.</p>
        <Link href={firstPage} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 hover:underline">
          Go to the first page
        </Link>
      </div>
    );
  }
  if (q) {
    return (
      <div className={box} data-testid="clients-empty">
        <p className="font-semibold text-stone-900">No client matches “{q}”.</p>
        <p className="mt-1 text-sm">Try part of their name, their email, or a few digits of their phone number.</p>
      </div>
    );
  }
  return (
    <div className={box} data-testid="clients-empty">
      <p className="font-semibold text-stone-900">No clients yet.</p>
      <p className="mt-1 text-sm">{all ? "Clients appear here after their first booking, online or by phone." : "Clients appear here once they book a session with you."}</p>
    </div>
  );
}
