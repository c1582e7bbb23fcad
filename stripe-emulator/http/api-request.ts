import type { Emulator } from "../core/emulator";
import { Params } from "../core/params";
import type { FormObject } from "./form";

/** One API call as handlers see it: parsed params, the account it is scoped to. */
export interface ApiRequest {
  method: string;
  path: string;
  pathParams: Record<string, string>;
  raw: FormObject;
  /** Connected account from the Stripe-Account header, or null for the platform. */
  account: string | null;
  scopeKey: string;
  /** Params restricted to the names this endpoint accepts (Stripe rejects unknown ones). */
  params(known: readonly string[]): Params;
}

export type ApiHandler = (em: Emulator, req: ApiRequest) => unknown;

export function apiRequest(init: Omit<ApiRequest, "params">): ApiRequest {
  return { ...init, params: (known) => new Params(init.raw).allowOnly(known) };
}
