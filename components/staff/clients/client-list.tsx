import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { CLIENT_SORT_LABELS, CLIENTS_PER_PAGE, DEFAULT_DIRECTION, clientListSearch, type ClientList, type ClientListRow, type ClientSort, type SortDirection } from "@/lib/clients/list-clients";
import { BookingTime, Money, Satisfaction, VisitDate, visitsLabel, type SalonFormat } from "./client-figures";

// The client list: a table with sortable columns on wider screens, cards with sort links on a
// phone, and the pages. Every control is a link with the list's state in its query string, so
// it works without JavaScript and a view can be shared.

type Props = { list: ClientList; base: string; clientHref: (id: string) => string; fmt: SalonFormat };

const DIRECTION_WORDS: Record<ClientSort, Record<SortDirection, string>> = {
  lastVisit: { desc: "most recent first", asc: "least recent first" },
  visits: { desc: "most first", asc: "fewest first" },
  spend: { desc: "highest first", asc: "lowest first" },
  satisfaction: { desc: "happiest first", asc: "least happy first" },
  name: { asc: "A to Z", desc: "Z to A" },
};

function sortHref(base: string, list: ClientList, sort: ClientSort): string {
  const current = list.query;
  const dir = current.sort === sort ? (current.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
  return base + clientListSearch({ q: current.q, sort, dir });
}

function Arrow({ dir }: { dir: SortDirection }) {
  return (
    <span aria-hidden="true" className="text-brand-700">
      {dir === "asc" ? "↑" : "↓"}
    </span>
  );
}

function SortHeader({ sort, list, base, className }: { sort: ClientSort; list: ClientList; base: string; className?: string }) {
  const active = list.query.sort === sort;
  const next = active ? (list.query.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
  return (
    <th scope="col" aria-sort={active ? (list.query.dir === "asc" ? "ascending" : "descending") : undefined} className={cx("px-3 py-2 font-medium", className)}>
      <Link href={sortHref(base, list, sort)} className="inline-flex min-h-11 items-center gap-1 rounded hover:text-brand-800 hover:underline">
        {CLIENT_SORT_LABELS[sort]}
        {active && <Arrow dir={list.query.dir} />}
        <span className="sr-only">, sort {DIRECTION_WORDS[sort][next]}</span>
      </Link>
    </th>
  );
}

/** On a phone: the sorts as a row of links; the current one reverses its direction. */
function SortLinks({ list, base, sorts }: { list: ClientList; base: string; sorts: ClientSort[] }) {
  return (
    <nav aria-label="Sort clients" className="md:hidden">
      <p className="text-sm font-semibold text-stone-900">
        Sorted by {CLIENT_SORT_LABELS[list.query.sort].toLowerCase()}, {DIRECTION_WORDS[list.query.sort][list.query.dir]}
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {sorts.map((sort) => {
          const active = list.query.sort === sort;
          const next = active ? (list.query.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
          return (
            <li key={sort}>
              <Link
                href={sortHref(base, list, sort)}
                aria-current={active ? "true" : undefined}
                className={cx(
                  "inline-flex min-h-11 items-center gap-1 rounded-full border px-3 text-sm font-medium",
                  active ? "border-brand-600 bg-brand-50 text-brand-900" : "border-stone-300 bg-white text-stone-800 hover:border-brand-600",
                )}
              >
                {CLIENT_SORT_LABELS[sort]}
                {active && <Arrow dir={list.query.dir} />}
                <span className="sr-only">, sort {DIRECTION_WORDS[sort][next]}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Contact({ row }: { row: ClientListRow }) {
  return (
    <>
      <span className="block break-all">{row.email}</span>
      <span className="block text-stone-600">{row.phone}</span>
    </>
  );
}

export function ClientTable({ list, base, clientHref, fmt }: Props) {
  const sorts: ClientSort[] = ["name", "visits", "lastVisit", ...(list.showSpend ? (["spend"] as const) : []), "satisfaction"];
  return (
    <>
      <SortLinks list={list} base={base} sorts={sorts} />
      <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white md:block">
        <table className="w-full text-left text-sm" data-testid="client-table">
          <caption className="sr-only">
            Clients, sorted by {CLIENT_SORT_LABELS[list.query.sort].toLowerCase()}, {DIRECTION_WORDS[list.query.sort][list.query.dir]}
          </caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
            <tr>
              <SortHeader sort="name" list={list} base={base} />
              <th scope="col" className="px-3 py-2 font-medium">
                Contact
              </th>
              <SortHeader sort="visits" list={list} base={base} className="text-right" />
              <SortHeader sort="lastVisit" list={list} base={base} />
              <th scope="col" className="px-3 py-2 font-medium">
                Next booking
              </th>
              {list.showSpend && <SortHeader sort="spend" list={list} base={base} className="text-right" />}
              <SortHeader sort="satisfaction" list={list} base={base} />
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 text-stone-900">
            {list.rows.map((row) => (
              <tr key={row.id} className="align-top">
                <th scope="row" className="px-3 py-3 font-semibold">
                  <Link href={clientHref(row.id)} className="text-brand-700 hover:underline">
                    {row.name}
                  </Link>
                </th>
                <td className="max-w-64 px-3 py-3">
                  <Contact row={row} />
                </td>
                <td className="px-3 py-3 text-right tabular-nums">{row.visits}</td>
                <td className="px-3 py-3 whitespace-nowrap">
                  <VisitDate at={row.lastVisit} fmt={fmt} />
                </td>
                <td className="px-3 py-3 whitespace-nowrap">
                  <BookingTime at={row.nextBooking} fmt={fmt} empty="—" />
                </td>
                {list.showSpend && (
                  <td className="px-3 py-3 text-right whitespace-nowrap">
                    <Money minor={row.spendMinor ?? 0} fmt={fmt} />
                  </td>
                )}
                <td className="px-3 py-3 whitespace-nowrap">
                  <Satisfaction average={row.satisfaction} checkIns={row.checkIns} locale={fmt.locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden" aria-label="Clients" data-testid="client-cards">
        {list.rows.map((row) => (
          <li key={row.id} className="rounded-xl border border-stone-200 bg-white p-4">
            <Link href={clientHref(row.id)} className="inline-flex min-h-11 items-center text-lg font-semibold text-brand-700 hover:underline">
              {row.name}
            </Link>
            <p className="text-sm text-stone-800">
              <Contact row={row} />
            </p>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
              <div>
                <dt className="text-stone-600">Visits</dt>
                <dd className="font-medium text-stone-900">{visitsLabel(row.visits)}</dd>
              </div>
              <div>
                <dt className="text-stone-600">Last visit</dt>
                <dd className="font-medium text-stone-900">
                  <VisitDate at={row.lastVisit} fmt={fmt} />
                </dd>
              </div>
              <div>
                <dt className="text-stone-600">Next booking</dt>
                <dd className="font-medium text-stone-900">
                  <BookingTime at={row.nextBooking} fmt={fmt} />
                </dd>
              </div>
              {list.showSpend && (
                <div>
                  <dt className="text-stone-600">Lifetime spend</dt>
                  <dd className="font-medium text-stone-900">
                    <Money minor={row.spendMinor ?? 0} fmt={fmt} />
                  </dd>
                </div>
              )}
              <div className="col-span-2">
                <dt className="text-stone-600">Satisfaction</dt>
                <dd className="text-stone-900">
                  <Satisfaction average={row.satisfaction} checkIns={row.checkIns} locale={fmt.locale} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "51–100 of 10,000" and the links to the previous and next pages. */
export function ClientPages({ list, base, locale }: { list: ClientList; base: string; locale: string }) {
  const { page, pageCount, total, rows } = list;
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const first = (page - 1) * CLIENTS_PER_PAGE + 1;
  const link = (to: number) => base + clientListSearch({ ...list.query, page: to });
  const linkClass = "inline-flex min-h-11 items-center rounded-xl border border-stone-300 bg-white px-4 font-semibold text-stone-900 hover:border-brand-600 hover:bg-brand-50";
  return (
    <nav aria-label="Pages of clients" className="flex flex-wrap items-center justify-between gap-3 text-sm text-stone-700">
      <p aria-live="polite">
        {pageCount > 1 && rows.length > 0
          ? `${number(first)}–${number(first + rows.length - 1)} of ${number(total)} clients · page ${number(page)} of ${number(pageCount)}`
          : `${number(total)} client${total === 1 ? "" : "s"}`}
      </p>
      {pageCount > 1 && (
        <div className="flex gap-2">
          {page > 1 && (
            <Link href={link(Math.min(page - 1, pageCount))} rel="prev" className={linkClass}>
              ← Previous
            </Link>
          )}
          {page < pageCount && (
            <Link href={link(page + 1)} rel="next" className={linkClass}>
              Next →
            </Link>
          )}
        </div>
      )}
    </nav>
  );
}
