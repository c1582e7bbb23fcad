import type { IncomingMessage, ServerResponse } from "node:http";
import type { Emulator } from "../core/emulator";
import { ApiError, invalidRequest } from "../core/errors";
import { parseForm } from "../http/form";
import { readBody, sendJson } from "../http/respond";
import { Router } from "../http/router";
import { CheckoutDeclinedError, advanceClock, authenticatePaymentIntent, completeCheckout, createConnectedAccount, snapshot } from "./actions";

// /_emulator/*: test controls over HTTP (JSON in, JSON out; no API key). For the app's tests
// and the demo seed; never part of Stripe's API.

type Body = Record<string, unknown>;
type ControlHandler = (em: Emulator, body: Body, params: Record<string, string>, url: URL) => unknown | Promise<unknown>;

function num(body: Body, key: string): number | undefined {
  const v = body[key];
  if (v === undefined || v === null || v === "") return undefined;
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n)) throw invalidRequest(`${key} must be a number`, { param: key });
  return n;
}

function text(body: Body, key: string): string | undefined {
  const v = body[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

function bool(body: Body, key: string): boolean | undefined {
  const v = body[key];
  if (v === undefined || v === null || v === "") return undefined;
  return v === true || v === "true";
}

const routes = new Router<ControlHandler>()
  .add("GET", "/_emulator/health", () => ({ ok: true }))
  .add("GET", "/_emulator/state", (em, _b, _p, url) => snapshot(em, url.searchParams.get("account")))
  .add("POST", "/_emulator/reset", (em) => {
    em.reset();
    return { ok: true };
  })
  .add("GET", "/_emulator/webhooks", (em) => ({
    endpoint: em.webhooks.endpoint?.url ?? null,
    paused: em.webhooks.paused,
    mode: em.webhooks.mode,
    pending: em.webhooks.queue.map((d) => ({ event_id: d.event_id, type: d.type, attempts: d.attempts, last_error: d.last_error })),
    log: em.webhooks.log,
  }))
  .add("POST", "/_emulator/webhooks/pause", (em) => {
    em.webhooks.pause();
    return { paused: true };
  })
  .add("POST", "/_emulator/webhooks/resume", (em) => {
    em.webhooks.resume();
    return { paused: false };
  })
  .add("POST", "/_emulator/webhooks/flush", (em, body) => em.webhooks.flush(num(body, "timeoutMs") ?? num(body, "timeout_ms") ?? 10_000))
  .add("POST", "/_emulator/webhooks/mode", (em, body) => {
    em.webhooks.setMode({ duplicates: num(body, "duplicates"), shuffle: bool(body, "shuffle") });
    return em.webhooks.mode;
  })
  .add("POST", "/_emulator/webhooks/endpoint", (em, body) => {
    const url = text(body, "url");
    const secret = text(body, "secret");
    if (url && !secret) throw invalidRequest("secret is required with url", { param: "secret" });
    em.webhooks.setEndpoint(url && secret ? { url, secret } : null);
    return { endpoint: url ?? null };
  })
  .add("GET", "/_emulator/clock", (em) => ({ now: em.now(), offset: em.state.clock_offset }))
  .add("POST", "/_emulator/clock/advance", (em, body) => advanceClock(em, num(body, "seconds") ?? 0))
  .add("POST", "/_emulator/checkout/:id/complete", (em, body, params) =>
    completeCheckout(em, params.id as string, text(body, "card") ?? "4242424242424242", {
      authenticate: bool(body, "authenticate"),
      email: text(body, "email") ?? null,
      expiry: text(body, "expiry"),
      cvc: text(body, "cvc"),
    }),
  )
  .add("POST", "/_emulator/payment_intents/:id/authenticate", (em, body, params) => authenticatePaymentIntent(em, params.id as string, bool(body, "authenticate") !== false))
  .add("POST", "/_emulator/accounts", (em, body) =>
    createConnectedAccount(em, {
      id: text(body, "id"),
      business_name: text(body, "business_name"),
      email: text(body, "email"),
      country: text(body, "country"),
      charges_enabled: bool(body, "charges_enabled"),
      payouts_enabled: bool(body, "payouts_enabled"),
      details_submitted: bool(body, "details_submitted"),
    }),
  );

export async function handleControl(em: Emulator, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  try {
    const raw = await readBody(req);
    const match = routes.match(req.method ?? "GET", url.pathname);
    if (!match) return sendJson(res, 404, { error: invalidRequest(`No emulator control at ${req.method} ${url.pathname}`, { status: 404 }).body });
    let body: Body = {};
    if (raw.trim()) {
      const type = req.headers["content-type"] ?? "";
      if (type.includes("application/x-www-form-urlencoded")) body = parseForm(raw);
      else {
        try {
          body = JSON.parse(raw) as Body;
        } catch {
          throw invalidRequest("Control request bodies must be JSON.");
        }
      }
    }
    const result = await match.handler(em, body ?? {}, match.params, url);
    sendJson(res, 200, result);
  } catch (err) {
    if (err instanceof CheckoutDeclinedError) {
      return sendJson(res, 402, { error: { type: "card_error", code: err.code, decline_code: err.declineCode, message: err.message }, session: err.session });
    }
    if (err instanceof ApiError) return sendJson(res, err.status, { error: err.body });
    em.config.warn(`[stripe-emulator] control ${url.pathname} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    sendJson(res, 500, { error: { type: "api_error", message: err instanceof Error ? err.message : String(err) } });
  }
}
