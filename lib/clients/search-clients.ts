import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseOrThrow } from "@/lib/errors/validation";
import { singleLineText } from "@/lib/validation/text";

// Finding a client of the salon while they are on the phone: by a piece of their name, email or
// phone number (digits only, so "(212) 555-0100" finds "+1 212 555 0100"). Only this salon's
// clients, at most `limit`, closest matches first.

export const ZClientSearchSchema = singleLineText().trim().min(2, "Type at least two letters or digits").max(100, "Please type less");

export type ClientMatch = { id: string; name: string; email: string; phone: string; bookings: number; lastVisit: Date | null };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function likePattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/**
 * "This client matches the typed text", as SQL on a Client alias: a piece of the name or email
 * (case-insensitive, LIKE's wildcards typed as themselves), or of the phone number's digits when
 * the text has three or more. The client list filters with it too, so both find the same clients.
 */
export function clientMatches(alias: string, text: string): Prisma.Sql {
  const c = Prisma.raw(`"${alias}"`);
  const digits = text.replace(/\D/g, "");
  return Prisma.sql`(${c}.name ILIKE ${likePattern(text)} OR ${c}.email ILIKE ${likePattern(text)}
            OR (${digits.length >= 3} AND regexp_replace(${c}.phone, '\\D', '', 'g') LIKE ${likePattern(digits)}))`;
}

export async function searchClients({ tenantId, query, limit = 10 }: { tenantId: string; query: string; limit?: number }): Promise<ClientMatch[]> {
  const text = parseOrThrow(ZClientSearchSchema, query, "Type at least two letters or digits");
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ id: string; name: string; email: string; phone: string; bookings: bigint; lastVisit: Date | null }[]>`
    SELECT c.id, c.name, c.email, c.phone,
           (SELECT count(*) FROM "Booking" b WHERE b."tenantId" = c."tenantId" AND b."clientId" = c.id) AS bookings,
           (SELECT max(b."startsAt") FROM "Booking" b WHERE b."tenantId" = c."tenantId" AND b."clientId" = c.id AND b.status = 'COMPLETED') AS "lastVisit"
      FROM "Client" c
     WHERE c."tenantId" = ${tenantId}::uuid
       AND ${clientMatches("c", text)}
     ORDER BY (lower(c.name) LIKE lower(${`${escapeLike(text)}%`})) DESC, c.name ASC
     LIMIT ${Math.min(Math.max(limit, 1), 50)}`;
  return rows.map((r) => ({ ...r, bookings: Number(r.bookings) }));
}

/** One client of the salon by id, or null (another salon's id finds nothing). */
export async function findClient(tenantId: string, clientId: string): Promise<Pick<ClientMatch, "id" | "name" | "email" | "phone"> | null> {
  return (await db()).client.findUnique({ where: { tenantId_id: { tenantId, id: clientId } }, select: { id: true, name: true, email: true, phone: true } });
}
