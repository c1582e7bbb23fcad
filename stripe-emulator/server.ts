import http from "node:http";
import type { Emulator } from "./core/emulator";
import { handleControl } from "./controls/routes";
import { handleApi } from "./http/api";
import { sendHtml, sendJson } from "./http/respond";
import { hostedRouter } from "./pages/hosted-routes";
import { messagePage } from "./pages/html";
import { sweepExpiredSessions } from "./resources/checkout-sessions";

// Dispatches by prefix: /v1 is Stripe's API, /_emulator the test controls, everything else
// the hosted pages a browser visits.

export function createHttpServer(em: Emulator): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://emulator.local");
    const done = (p: Promise<void>) =>
      p.catch((err: unknown) => {
        em.config.warn(`[stripe-emulator] ${req.method} ${url.pathname} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        if (!res.headersSent) sendHtml(res, 500, messagePage("Something went wrong", "The Stripe emulator hit an internal error."));
        else res.end();
      });
    if (url.pathname.startsWith("/v1/") || url.pathname === "/v1") return void done(handleApi(em, req, res, url));
    // Pages and controls see expiry as of now too (the API handler does its own sweep).
    if (sweepExpiredSessions(em) > 0) em.commit();
    if (url.pathname.startsWith("/_emulator/")) return void done(handleControl(em, req, res, url));
    const match = hostedRouter.match(req.method ?? "GET", url.pathname);
    if (match) return void done(match.handler(em, req, res, match.params, url));
    if (url.pathname === "/" && req.method === "GET") {
      return sendJson(res, 200, { object: "stripe_emulator", api: "/v1", controls: "/_emulator", docs: "stripe-emulator/README.md" });
    }
    sendHtml(res, 404, messagePage("Not found", "The Stripe emulator has no page at this address."));
  });
}
