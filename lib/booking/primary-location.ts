import { db } from "@/lib/db/client";

/** The location whose zone a salon's booking calendar runs in: its first one. */
export async function getPrimaryLocation(tenantId: string) {
  const prisma = await db();
  return prisma.location.findFirst({
    where: { tenantId },
    select: { id: true, name: true, addressLine1: true, addressLine2: true, city: true, postalCode: true, country: true, timeZone: true },
    orderBy: { createdAt: "asc" },
  });
}

export type PublicLocation = NonNullable<Awaited<ReturnType<typeof getPrimaryLocation>>>;
