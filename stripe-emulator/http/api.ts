import type { IncomingMessage, ServerResponse } from "node:http";
import type { Emulator } from "../core/emulator";
import { ApiError, authenticationError, invalidRequest, notFoundRoute } from "../core/errors";
import { expand, includeExpandableLists } from "../core/expand";
import { newId } from "../core/ids";
import { withIdempotency, type ApiResult } from "../core/idempotency";
import { expandList } from "../core/params";
import { API_VERSION, scopeKeyOf } from "../core/state";
import { sweepExpiredSessions } from "../resources/checkout-sessions";
import { apiRequest, type ApiHandler, type ApiRequest } from "./api-request";
import { apiRouter } from "./api-routes";
import { FormParseError, canonicalParams, parseForm } from "./form";
import { BodyTooLarge, readBody, sendJson } from "./respond";

// One /v1 request: authenticate, scope to the Stripe-Account, parse, run under idempotency,
// expand, and answer in Stripe's JSON and error shapes.

function header(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

function mask(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(Math.min(key.length - 12, 20))}${key.slice(-4)}` : key;
}

function checkAuth(req: IncomingMessage): void {
  const auth = header(req, "authorization");
  if (!auth) {
    throw authenticationError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    );
  }
  let key = "";
  if (/^bearer /i.test(auth)) key = auth.slice(7).trim();
  else if (/^basic /i.test(auth)) key = Buffer.from(auth.slice(6).trim(), "base64").toString("utf8").split(":")[0] ?? "";
  if (!key.startsWith("sk_test_") || key.length <= "sk_test_".length) {
    throw authenticationError(`Invalid API Key provided: ${mask(key)}${key.startsWith("sk_live_") ? " (the Stripe emulator only accepts test keys, sk_test_...)" : ""}`);
  }
}

function errorResult(err: unknown, requestId: string, em: Emulator): ApiResult {
  if (err instanceof ApiError) return { status: err.status, body: JSON.stringify({ error: err.body }, null, 2), requestId };
  if (err instanceof FormParseError) return { status: 400, body: JSON.stringify({ error: invalidRequest(err.message).body }, null, 2), requestId };
  if (err instanceof BodyTooLarge) return { status: 413, body: JSON.stringify({ error: invalidRequest(err.message).body }, null, 2), requestId };
  em.config.warn(`[stripe-emulator] internal error on ${requestId}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { status: 500, body: JSON.stringify({ error: { type: "api_error", message: "An unexpected error occurred in the Stripe emulator." } }, null, 2), requestId };
}

function run(em: Emulator, handler: ApiHandler, apiReq: ApiRequest, requestId: string, idempotencyKey: string | null): ApiResult {
  em.request = { id: requestId, idempotency_key: idempotencyKey };
  try {
    const value = handler(em, apiReq);
    const paths = expandList(apiReq.raw);
    const body = JSON.stringify(expand(em, apiReq.scopeKey, includeExpandableLists(em, apiReq.scopeKey, value, paths), paths), null, 2);
    em.runDeferred(); // "shortly after" work happens after the response is formed
    return { status: 200, body, requestId };
  } catch (err) {
    return errorResult(err, requestId, em);
  } finally {
    em.request = { id: null, idempotency_key: null };
    if (apiReq.method !== "GET") em.commit();
  }
}

export async function handleApi(em: Emulator, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const requestId = newId("req", 14);
  const method = req.method ?? "GET";
  const idempotencyKey = method === "POST" ? header(req, "idempotency-key") : null;
  const respond = (r: ApiResult) =>
    sendJson(res, r.status, r.body, {
      "Request-Id": r.requestId,
      "Stripe-Version": API_VERSION,
      ...(idempotencyKey ? { "Idempotency-Key": idempotencyKey } : {}),
      ...(r.replayed ? { "Idempotent-Replayed": "true" } : {}),
    });
  try {
    const body = await readBody(req);
    checkAuth(req);
    const account = header(req, "stripe-account");
    if (account && !em.state.accounts[account]) {
      throw invalidRequest(`The provided key does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`, {
        status: 403,
        code: "account_invalid",
      });
    }
    if (idempotencyKey !== null && idempotencyKey.length > 255) throw invalidRequest("Idempotency-Key header must be at most 255 characters long.");
    const match = apiRouter.match(method, url.pathname);
    if (!match) throw notFoundRoute(method, url.pathname);
    const raw = method === "POST" ? parseForm(body) : parseForm(url.search.slice(1));
    if (sweepExpiredSessions(em) > 0) em.commit(); // lazily, so a read never shows an overdue open session
    const scopeKey = scopeKeyOf(account);
    const apiReq = apiRequest({ method, path: url.pathname, pathParams: match.params, raw, account, scopeKey });
    const execute = () => run(em, match.handler, apiReq, requestId, idempotencyKey);
    const result = idempotencyKey
      ? await withIdempotency(em, { key: idempotencyKey, scopeKey, endpoint: `${method} ${url.pathname}`, params: canonicalParams(raw) }, execute)
      : execute();
    respond(result);
  } catch (err) {
    respond(errorResult(err, requestId, em));
  }
}
