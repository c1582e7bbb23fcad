import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL } from "../e2e/support/env";

// Server-action POSTs Next would answer with a 500 (or a reset connection) get a plain 403/413
// from the proxy instead. Headers are set by hand: the request fixture is not a browser.

const ONE_MB = 1024 * 1024;
const UNKNOWN_ACTION = "7f".padEnd(42, "0");

/** A real action id, from the details form's no-JavaScript fallback fields. */
async function detailsActionId(request: APIRequestContext): Promise<{ url: string; id: string }> {
  const salon = await (await request.get("/s/serenity")).text();
  const service = salon.match(/book\/therapist\?service=([0-9a-f-]{36})/)![1];
  const url = `/s/serenity/book/details?service=${service}&therapist=any&start=2030-01-07T15:00:00.000Z`;
  const html = (await (await request.get(url)).text()).replaceAll("&quot;", '"');
  const id = html.match(/"id":"([0-9a-f]{40,})"/)?.[1];
  expect(id, "an action id in the details form").toBeTruthy();
  return { url, id: id! };
}

test("a server action posted from another site is refused with 403, not a 500", async ({ request }) => {
  const { url, id } = await detailsActionId(request);
  const response = await request.post(url, {
    headers: { "Next-Action": id, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("text/plain");
  expect(await response.text()).toBe("This form was sent from another site, so it was refused.");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
});

test("a form posted to a page from another site without JavaScript is refused with 403", async ({ request }) => {
  const { url } = await detailsActionId(request);
  const response = await request.post(url, { headers: { Origin: "https://evil.example" }, multipart: { name: "x" } });
  expect(response.status()).toBe(403);
});

test("a server action from our own origin is not refused by the origin check", async ({ request }) => {
  const response = await request.post("/s/serenity", { headers: { "Next-Action": UNKNOWN_ACTION, Origin: BASE_URL }, data: "[]" });
  // Next's own answer for an action id it does not know: the request got past the proxy.
  expect(response.status()).toBe(409);
  expect(await response.text()).toBe("Server Action unavailable.");
});

test("an oversized server-action body gets 413 with a plain message, not a 500 or a reset", async ({ request }) => {
  const { url, id } = await detailsActionId(request);
  const response = await request.post(url, {
    headers: { "Next-Action": id, Origin: BASE_URL, "Content-Type": "text/plain;charset=UTF-8" },
    data: "x".repeat(ONE_MB + 1),
  });
  expect(response.status()).toBe(413);
  expect(response.headers()["content-type"]).toContain("text/plain");
  expect(await response.text()).toBe("The request is too large: it can carry at most 1 MB.");
});

test("an oversized API body gets 413 in JSON", async ({ request }) => {
  const response = await request.post("/api/auth/callback/credentials", { data: "x".repeat(2 * ONE_MB) });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ error: "The request is too large: it can carry at most 1 MB." });
});

/** POSTs `size` bytes with Transfer-Encoding: chunked (no Content-Length). */
function postChunked(path: string, headers: Record<string, string>, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, BASE_URL), { method: "POST", headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    const chunk = Buffer.alloc(64 * 1024, "x");
    for (let sent = 0; sent < size; sent += chunk.length) req.write(chunk.subarray(0, Math.min(chunk.length, size - sent)));
    req.end();
  });
}

test("an oversized chunked server-action body (no Content-Length) gets 413 too", async ({ request }) => {
  const { url, id } = await detailsActionId(request);
  const headers = { "Next-Action": id, Origin: BASE_URL, "Content-Type": "text/plain;charset=UTF-8" };
  const big = await postChunked(url, headers, 3 * ONE_MB);
  expect(big).toEqual({ status: 413, body: "The request is too large: it can carry at most 1 MB." });
  // A small chunked body still reaches Next (an unknown action: its 409).
  const small = await postChunked("/s/serenity", { ...headers, "Next-Action": UNKNOWN_ACTION }, 10);
  expect(small).toEqual({ status: 409, body: "Server Action unavailable." });
});
