import { describe, expect, it } from "vitest";
import {
  BODY_TOO_LARGE,
  CROSS_SITE_ACTION,
  MAX_BODY_BYTES,
  exceedsBodyLimit,
  isSameOriginAction,
  isServerActionRequest,
  refuseByHeaders,
  refusalResponse,
} from "@/lib/security/request-guards";

const h = (init: Record<string, string>) => new Headers(init);

describe("server action detection", () => {
  it.each([
    ["a fetch action", "POST", "/s/serenity/book/review", { "next-action": "7f00" }, true],
    ["a form posted before hydration", "POST", "/s/serenity", { "content-type": "multipart/form-data; boundary=x" }, true],
    ["a url-encoded POST (Next ignores those)", "POST", "/signin", { "content-type": "application/x-www-form-urlencoded" }, false],
    ["a route handler POST", "POST", "/api/auth/callback/credentials", { "next-action": "7f00" }, false],
    ["a GET", "GET", "/staff", { "next-action": "7f00" }, false],
  ])("%s", (_what, method, pathname, headers, expected) => {
    expect(isServerActionRequest(method, pathname, h(headers))).toBe(expected);
  });
});

describe("origin check (as Next's action handler decides it)", () => {
  it.each([
    ["same host", { origin: "http://localhost:3000", host: "localhost:3000" }, true],
    ["another site", { origin: "https://evil.example", host: "localhost:3000" }, false],
    ["another port of our host", { origin: "http://localhost:4000", host: "localhost:3000" }, false],
    ["a sandboxed frame (Origin: null)", { origin: "null", host: "localhost:3000" }, false],
    ["a malformed Origin", { origin: "not a url", host: "localhost:3000" }, false],
    ["no Host header to compare with", { origin: "http://localhost:3000" }, false],
    ["a reverse proxy's forwarded host", { origin: "https://book.example.com", host: "10.0.0.5:3000", "x-forwarded-host": "book.example.com, lb" }, true],
    ["a forwarded host that differs", { origin: "http://localhost:3000", host: "localhost:3000", "x-forwarded-host": "book.example.com" }, false],
    ["no Origin at all (not a browser; Next lets it through)", { host: "localhost:3000" }, true],
  ])("%s", (_what, headers, allowed) => {
    expect(isSameOriginAction(h(headers))).toBe(allowed);
  });
});

describe("refusals decided from headers", () => {
  it("refuses a declared body over 1 MB with 413, whatever the route", () => {
    expect(refuseByHeaders("POST", "/api/s/serenity/slots", h({ "content-length": String(MAX_BODY_BYTES + 1) }))).toBe(BODY_TOO_LARGE);
    expect(refuseByHeaders("POST", "/s/serenity", h({ "content-length": String(MAX_BODY_BYTES) }))).toBeNull();
  });

  it("refuses a cross-site server action with 403 and lets ordinary requests through", () => {
    expect(refuseByHeaders("POST", "/s/serenity/bookings/1", h({ "next-action": "7f", origin: "https://evil.example", host: "localhost:3000" }))).toBe(
      CROSS_SITE_ACTION,
    );
    expect(refuseByHeaders("POST", "/api/auth/signin", h({ origin: "https://evil.example", host: "localhost:3000" }))).toBeNull();
    expect(refuseByHeaders("GET", "/staff", h({ host: "localhost:3000" }))).toBeNull();
  });
});

describe("chunked bodies", () => {
  function stream(chunks: number[]): ReadableStream<Uint8Array> {
    return new ReadableStream({
      start(controller) {
        for (const size of chunks) controller.enqueue(new Uint8Array(size));
        controller.close();
      },
    });
  }

  it("are counted only up to the limit", async () => {
    expect(await exceedsBodyLimit(stream([600_000, 600_000]))).toBe(true);
    expect(await exceedsBodyLimit(stream([MAX_BODY_BYTES]))).toBe(false);
    expect(await exceedsBodyLimit(stream([]))).toBe(false);
  });
});

describe("refusal responses", () => {
  it("answer API clients in JSON and everyone else in plain text, with our headers", async () => {
    const api = refusalResponse(BODY_TOO_LARGE, "/api/s/serenity/slots", { "X-Frame-Options": "DENY" });
    expect(api.status).toBe(413);
    expect(await api.json()).toEqual({ error: BODY_TOO_LARGE.message });
    expect(api.headers.get("x-frame-options")).toBe("DENY");
    const page = refusalResponse(CROSS_SITE_ACTION, "/s/serenity", {});
    expect(page.status).toBe(403);
    expect(page.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await page.text()).toBe(CROSS_SITE_ACTION.message);
  });
});
