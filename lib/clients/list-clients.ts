import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type StaffContext } from "@/lib/tenancy/guard";
import { now as clockNow } from "@/lib/time/clock";
import { clientMatches, ZClientSearchSchema } from "./search-clients";

// The salon's client book for staff: who they are, how often they came, when they come next,
// what they paid and how their sessions felt, sortable and paged, by the database: one statement
// reads each client's figures from ClientSummary (kept by triggers as bookings, payments and
// check-ins change) and the next booking of the page's 50 by index; nothing is loaded into JavaScript.
//
// Who sees whom: the owner (clients.read.all) every client of the salon; a therapist
// (clients.read.own) the clients with at least one booking with them, past or future. Lifetime
// spend is the owner's (payments.manage): a therapist's rows do not carry it.

export const CLIENT_SORTS = ["lastVisit", "visits", "spend", "satisfaction", "name"] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
export type SortDirection = "asc" | "desc";
export const CLIENTS_PER_PAGE = 50;

export const CLIENT_SORT_LABELS: Record<ClientSort, string> = { lastVisit: "Last visit", visits: "Visits", spend: "Lifetime spend", satisfaction: "Satisfaction", name: "Name" };
/** The direction a sort starts in: the most recent, most frequent, biggest spender, happiest first; names A to Z. */
export const DEFAULT_DIRECTION: Record<ClientSort, SortDirection> = { lastVisit: "desc", visits: "desc", spend: "desc", satisfaction: "desc", name: "asc" };
export const DEFAULT_SORT: ClientSort = "lastVisit";

export type ClientListQuery = { q: string | null; sort: ClientSort; dir: SortDirection; page: number };
export type ParsedClientListQuery = ClientListQuery & { /** Why the typed search was set aside, if it was. */ searchError: string | null; rawQ: string };

export type ClientFigures = {
  /** Completed sessions. */
  visits: number;
  /** Start of the latest completed session. */
  lastVisit: Date | null;
  /** Start of the next confirmed (or held) session still to come. */
  nextBooking: Date | null;
  /** Money actually collected, in the salon's currency (minor units): succeeded charges less succeeded refunds. Null when the caller may not see money. */
  spendMinor: number | null;
  /** Mean check-in score (1–5), null without check-ins. */
  satisfaction: number | null;
  checkIns: number;
};

export type ClientListRow = ClientFigures & { id: string; name: string; email: string; phone: string };
export type ClientList = { rows: ClientListRow[]; total: number; page: number; pageCount: number; query: ClientListQuery; showSpend: boolean };

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** The list's state from the URL (?q=&sort=&dir=&page=): unknown values fall back to the defaults. */
export function parseClientListQuery(search: Record<string, string | string[] | undefined>): ParsedClientListQuery {
  const rawQ = (one(search.q) ?? "").slice(0, 200);
  const sortText = one(search.sort);
  const sort: ClientSort = (CLIENT_SORTS as readonly string[]).includes(sortText ?? "") ? (sortText as ClientSort) : DEFAULT_SORT;
  const dirText = one(search.dir);
  const dir: SortDirection = dirText === "asc" || dirText === "desc" ? dirText : DEFAULT_DIRECTION[sort];
  const pageNumber = Number.parseInt(one(search.page) ?? "1", 10);
  const page = Number.isSafeInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100_000 ? pageNumber : 1;
  let q: string | null = null;
  let searchError: string | null = null;
  if (rawQ.trim() !== "") {
    const parsed = ZClientSearchSchema.safeParse(rawQ);
    if (parsed.success) q = parsed.data;
    else searchError = parsed.error.issues[0]?.message ?? "Please check the search";
  }
  return { q, sort, dir, page, searchError, rawQ };
}

/** The list's URL for a state: defaults are left out, so the plain page is /clients. */
export function clientListSearch(query: Partial<ClientListQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  const sort = query.sort ?? DEFAULT_SORT;
  if (sort !== DEFAULT_SORT) params.set("sort", sort);
  if (query.dir && query.dir !== DEFAULT_DIRECTION[sort]) params.set("dir", query.dir);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function mayReadAllClients(staff: StaffContext): boolean {
  return can(staff, "clients.read.all");
}

export function maySeeClientSpend(staff: StaffContext): boolean {
  return can(staff, "payments.manage");
}

/** The clients condition for the caller on a Client alias "c": all of the salon's, or (therapist) those booked with them. */
export function visibleClients(staff: StaffContext): Prisma.Sql {
  if (mayReadAllClients(staff)) return Prisma.sql`c."tenantId" = ${staff.tenantId}::uuid`;
  if (staff.therapistId && can(staff, "clients.read.own")) {
    return Prisma.sql`c."tenantId" = ${staff.tenantId}::uuid
      AND c.id IN (SELECT mb."clientId" FROM "Booking" mb WHERE mb."tenantId" = ${staff.tenantId}::uuid AND mb."therapistId" = ${staff.therapistId}::uuid)`;
  }
  throw new AppError("FORBIDDEN", "You do not have access to clients");
}

// The figures of client "c": counts and sums from ClientSummary "s" (kept by triggers, see
// prisma/migrations/20261211000000_client_list: visits are completed sessions; spend is the ledger's
// money received, succeeded charges less succeeded refunds, as summarizeLedger's chargedMinor −
// refundedMinor), and the next booking, which moves with the clock, from the client's bookings.
const visitsSql = Prisma.sql`coalesce(s."visits", 0)`;
const lastVisitSql = Prisma.sql`s."lastVisitAt"`;
const spendSql = Prisma.sql`coalesce(s."spendMinor", 0)`;
const satisfactionSql = Prisma.sql`(s."satisfactionSum"::float8 / NULLIF(s."checkIns", 0))`;
const checkInsSql = Prisma.sql`coalesce(s."checkIns", 0)`;
const nextBookingSql = (now: Date) =>
  Prisma.sql`(SELECT min(b."startsAt") FROM "Booking" b WHERE b."tenantId" = c."tenantId" AND b."clientId" = c.id AND b.status IN ('CONFIRMED', 'PENDING') AND b."startsAt" > ${now})`;
const withSummary = Prisma.sql`"Client" c LEFT JOIN "ClientSummary" s ON s."tenantId" = c."tenantId" AND s."clientId" = c.id`;

function sortKeySql(sort: ClientSort): Prisma.Sql {
  switch (sort) {
    case "lastVisit":
      return lastVisitSql;
    case "visits":
      return visitsSql;
    case "spend":
      return spendSql;
    case "satisfaction":
      return satisfactionSql;
    case "name":
      return Prisma.sql`lower(c.name)`;
  }
}

type FigureRow = { id: string; name: string; email: string; phone: string; visits: number | bigint; lastVisit: Date | null; nextBooking: Date | null; spend: number | bigint | null; satisfaction: number | null; checkIns: number | bigint };

function figuresOf(row: FigureRow, showSpend: boolean): ClientListRow {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    visits: Number(row.visits),
    lastVisit: row.lastVisit,
    nextBooking: row.nextBooking,
    spendMinor: showSpend ? Number(row.spend ?? 0) : null,
    satisfaction: row.satisfaction === null ? null : Number(row.satisfaction),
    checkIns: Number(row.checkIns),
  };
}

/**
 * One page of the caller's clients, searched (name, email or phone digits, as the phone booking's
 * search) and sorted; clients without a figure (no visit, no check-in) come last in either
 * direction, ties by name then id, so pages never overlap or skip a client.
 */
export async function listClients(staff: StaffContext, query: Partial<ClientListQuery> = {}, options: { now?: Date; perPage?: number } = {}): Promise<ClientList> {
  const now = options.now ?? clockNow();
  const perPage = options.perPage ?? CLIENTS_PER_PAGE;
  const showSpend = maySeeClientSpend(staff);
  const requestedSort = query.sort ?? DEFAULT_SORT;
  const sort: ClientSort = requestedSort === "spend" && !showSpend ? DEFAULT_SORT : requestedSort;
  const dir: SortDirection = query.dir ?? DEFAULT_DIRECTION[sort];
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const q = query.q ? ZClientSearchSchema.parse(query.q) : null;
  const where = Prisma.sql`${visibleClients(staff)}${q ? Prisma.sql` AND ${clientMatches("c", q)}` : Prisma.empty}`;
  const direction = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  const prisma = await db();
  const rows = await prisma.$queryRaw<(FigureRow & { total: bigint })[]>`
    WITH page AS (
      SELECT c.id, lower(c.name) AS name, ${sortKeySql(sort)} AS key, count(*) OVER () AS total
      FROM ${withSummary} WHERE ${where}
      ORDER BY key ${direction} NULLS LAST, lower(c.name), c.id
      LIMIT ${perPage} OFFSET ${(page - 1) * perPage}
    )
    SELECT p.total, c.id, c.name, c.email, c.phone,
      ${visitsSql} AS visits, ${lastVisitSql} AS "lastVisit", ${nextBookingSql(now)} AS "nextBooking",
      ${showSpend ? spendSql : Prisma.sql`NULL::int`} AS spend, ${satisfactionSql} AS satisfaction, ${checkInsSql} AS "checkIns"
    FROM page p JOIN ${withSummary} ON c."tenantId" = ${staff.tenantId}::uuid AND c.id = p.id
    ORDER BY p.key ${direction} NULLS LAST, p.name, p.id`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && page > 1) {
    // Past the last page: say how many there are, so the page can offer the way back.
    const counted = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM ${withSummary} WHERE ${where}`;
    total = Number(counted[0]?.n ?? 0);
  }
  return {
    rows: rows.map((r) => figuresOf(r, showSpend)),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
    query: { q, sort, dir, page },
    showSpend,
  };
}

/** One client's figures, as the list shows them, or null when the caller may not see this client. */
export async function findClientFigures(staff: StaffContext, clientId: string, options: { now?: Date } = {}): Promise<ClientListRow | null> {
  const now = options.now ?? clockNow();
  const showSpend = maySeeClientSpend(staff);
  const prisma = await db();
  const rows = await prisma.$queryRaw<FigureRow[]>`
    SELECT c.id, c.name, c.email, c.phone,
      ${visitsSql} AS visits, ${lastVisitSql} AS "lastVisit", ${nextBookingSql(now)} AS "nextBooking",
      ${showSpend ? spendSql : Prisma.sql`NULL::int`} AS spend, ${satisfactionSql} AS satisfaction, ${checkInsSql} AS "checkIns"
    FROM ${withSummary} WHERE ${visibleClients(staff)} AND c.id = ${clientId}::uuid`;
  return rows[0] ? figuresOf(rows[0], showSpend) : null;
}
