import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";

/**
 * Runs a lookup for a page; "not found" or "forbidden" in this tenant (another salon's id, a
 * colleague's booking) becomes the plain 404 page, so nothing tells the two apart.
 */
export async function orNotFound<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) notFound();
    throw error;
  }
}
