import { invalidRequest } from "./errors";
import type { Params } from "./params";

export interface ListResponse<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  url: string;
}

/** Stripe list pagination over items given newest first: limit (1-100, default 10), starting_after, ending_before. */
export function listResponse<T extends { id?: string }>(items: T[], p: Params, url: string): ListResponse<T> {
  const limit = p.int("limit", { min: 1, max: 100 }) ?? 10;
  const startingAfter = p.string("starting_after");
  const endingBefore = p.string("ending_before");
  let window = items;
  if (startingAfter) {
    const i = items.findIndex((x) => x.id === startingAfter);
    if (i === -1) throw invalidRequest(`Invalid starting_after id: ${startingAfter}`, { param: "starting_after" });
    window = items.slice(i + 1);
    return { object: "list", data: window.slice(0, limit), has_more: window.length > limit, url };
  }
  if (endingBefore) {
    const i = items.findIndex((x) => x.id === endingBefore);
    if (i === -1) throw invalidRequest(`Invalid ending_before id: ${endingBefore}`, { param: "ending_before" });
    window = items.slice(0, i);
    return { object: "list", data: window.slice(Math.max(0, window.length - limit)), has_more: window.length > limit, url };
  }
  return { object: "list", data: window.slice(0, limit), has_more: window.length > limit, url };
}

/** Newest first, as Stripe lists; insertion order breaks ties within the same second. */
export function newestFirst<T>(record: Record<string, T>): T[] {
  return Object.values(record).reverse();
}
