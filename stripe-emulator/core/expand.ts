import type { Emulator } from "./emulator";
import { invalidRequest } from "./errors";
import { collectionForId } from "./state";

// `expand[]=payment_intent.latest_charge`: replace id strings with the objects they name, as
// Stripe does, walking dotted paths and `data.` for lists. Stored objects are never modified.

const MAX_DEPTH = 4;

export function expand(em: Emulator, scopeKey: string, value: unknown, paths: string[]): unknown {
  if (paths.length === 0) return value;
  const out = structuredClone(value);
  for (const path of paths) {
    const segments = path.split(".");
    if (segments.length > MAX_DEPTH) {
      throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property. Property: ${path}`, { param: "expand" });
    }
    walk(em, scopeKey, out, segments, path);
  }
  return out;
}

function walk(em: Emulator, scopeKey: string, node: unknown, segments: string[], path: string): void {
  if (segments.length === 0 || node === null || typeof node !== "object") return;
  const [head, ...rest] = segments as [string, ...string[]];
  const obj = node as Record<string, unknown>;
  if (head === "data" && obj.object === "list" && Array.isArray(obj.data)) {
    for (const item of obj.data) walk(em, scopeKey, item, rest, path);
    return;
  }
  if (!(head in obj)) throw cannotExpand(path);
  let current = obj[head];
  if (typeof current === "string") {
    const collection = collectionForId(current);
    const found = collection ? em.find(scopeKey, collection, current) : undefined;
    if (!found) throw cannotExpand(path);
    current = structuredClone(found);
    obj[head] = current;
  } else if (current !== null && typeof current !== "object") {
    throw cannotExpand(path);
  }
  walk(em, scopeKey, current, rest, path);
}

function cannotExpand(path: string) {
  return invalidRequest(`This property cannot be expanded (${path}).`, { param: "expand" });
}

/** Fields Stripe leaves out unless expanded (checkout.session.line_items). */
export function includeExpandableLists(em: Emulator, scopeKey: string, value: unknown, paths: string[]): unknown {
  if (!paths.some((p) => p === "line_items" || p.startsWith("line_items.") || p === "data.line_items")) return value;
  const attach = (o: unknown) => {
    const s = o as Record<string, unknown> | null;
    if (s && s.object === "checkout.session" && typeof s.id === "string") {
      const items = em.scope(scopeKey).internal.line_items[s.id] ?? [];
      s.line_items = { object: "list", data: structuredClone(items), has_more: false, url: `/v1/checkout/sessions/${s.id}/line_items` };
    }
  };
  const out = structuredClone(value) as Record<string, unknown>;
  if (out.object === "list" && Array.isArray(out.data)) out.data.forEach(attach);
  else attach(out);
  return out;
}
