import type { Emulator } from "../core/emulator";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import type { EmulatorEvent } from "../core/state";
import type { ApiRequest } from "../http/api-request";

export function retrieveEvent(em: Emulator, req: ApiRequest): EmulatorEvent {
  req.params(known.retrieve);
  return em.get(req.scopeKey, "events", req.pathParams.id as string);
}

/** `type` may end in `*` ("charge.*"), `types[]` lists several, as Stripe allows. */
export function listEvents(em: Emulator, req: ApiRequest) {
  const p = req.params(known.eventList);
  const patterns = [p.string("type"), ...(p.strings("types") ?? [])].filter((x): x is string => !!x);
  const matches = (type: string) =>
    patterns.length === 0 || patterns.some((pat) => (pat.endsWith("*") ? type.startsWith(pat.slice(0, -1)) : type === pat));
  return listResponse(newestFirst(em.scope(req.scopeKey).events).filter((e) => matches(e.type)), p, "/v1/events");
}
