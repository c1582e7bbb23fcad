import { cache } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { isAppError } from "@/lib/errors/app-error";
import { publicContext } from "@/lib/tenancy/guard";
import { getPrimaryLocation } from "@/lib/booking/primary-location";

// Per-request lookups shared by the salon layout and its pages (React cache dedupes them).

/** The salon named in the URL, or null. Marks the render dynamic: it never runs at build time. */
export const findSalon = cache(async (slug: string) => {
  await connection();
  try {
    return await publicContext(slug);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return null;
    throw error;
  }
});

/** The salon named in the URL, or the 404 page. */
export async function loadSalon(slug: string) {
  return (await findSalon(slug)) ?? notFound();
}

export const loadLocation = cache(async (tenantId: string) => {
  const location = await getPrimaryLocation(tenantId);
  if (!location) notFound();
  return location;
});

export type SalonParams = Promise<{ salon: string }>;
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
