import { describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { enforceRateLimits } from "@/lib/rate-limit/policies";
import { enforceAuthRateLimits } from "@/lib/auth/auth-rate-limits";
import { isAppError } from "@/lib/errors/app-error";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { setupTestDatabase } from "../setup/test-database";

// Limits live in the database, so every app instance counts the same attempts.

setupTestDatabase();
const MINUTE = 60_000;
const rule = { limit: 10, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: 60 * MINUTE };
const at = (ms: number) => new Date(Date.UTC(2026, 10, 23, 15) + ms);

async function outcome(promise: Promise<void>): Promise<"ok" | "limited"> {
  return promise.then(
    () => "ok" as const,
    (error: unknown) => {
      if (isAppError(error, "RATE_LIMITED")) return "limited" as const;
      throw error;
    },
  );
}

describe("database rate limits", () => {
  it("an eleventh attempt inside 15 minutes is refused, with when to try again", async () => {
    for (let i = 0; i < 10; i++) expect(await consumeRateLimit("t:eleventh", rule, at(i * 1000))).toEqual({ allowed: true });
    const refused = await consumeRateLimit("t:eleventh", rule, at(10_000));
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMs).toBe(15 * MINUTE - 10_000);
  });

  it("an attacker who keeps trying waits longer and longer, up to the cap", async () => {
    for (let i = 0; i < 10; i++) await consumeRateLimit("t:growing", rule, at(0));
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await consumeRateLimit("t:growing", rule, at(14 * MINUTE));
      waits.push(r.allowed ? 0 : r.retryAfterMs);
    }
    // Over the limit: at least the rest of the window, then 2, 4, 8, … minutes, never past an hour.
    expect(waits[0]).toBe(MINUTE);
    expect(waits[2]).toBe(4 * MINUTE);
    expect(waits[4]).toBe(16 * MINUTE);
    expect(Math.max(...waits)).toBe(60 * MINUTE);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
  });

  it("a quiet caller starts afresh once the window and any block are over", async () => {
    for (let i = 0; i < 11; i++) await consumeRateLimit("t:fresh", rule, at(0));
    expect((await consumeRateLimit("t:fresh", rule, at(5 * MINUTE))).allowed).toBe(false);
    // Both waits (1 and 2 minutes) ended inside the window: at its end counting starts again.
    expect((await consumeRateLimit("t:fresh", rule, at(16 * MINUTE))).allowed).toBe(true);
    for (let i = 0; i < 9; i++) await consumeRateLimit("t:fresh", rule, at(17 * MINUTE));
    expect((await consumeRateLimit("t:fresh", rule, at(17 * MINUTE))).allowed).toBe(false);
  });

  it("parallel attempts are counted exactly (atomic upsert): 60 at once let 10 through", async () => {
    const results = await Promise.all(Array.from({ length: 60 }, () => consumeRateLimit("t:parallel", rule, at(0))));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });
});

describe("what is limited", () => {
  const form = (email: string) => {
    const data = new FormData();
    data.set("email", email);
    return data;
  };

  it("60 sign-in-link requests for one address in a second send at most 5 emails", async () => {
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => outcome(enforceAuthRateLimits({ action: "signin/email", form: form("victim@example.com"), ip: `198.51.100.${i}` }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(5);
  });

  it("sign-in links from one address are limited whatever email they name", async () => {
    const results: string[] = [];
    for (let i = 0; i < 25; i++) results.push(await outcome(enforceAuthRateLimits({ action: "signin/email", form: form(`someone${i}@example.com`), ip: "203.0.113.9" })));
    expect(results.filter((r) => r === "ok")).toHaveLength(20);
  });

  it("password guesses for one account are limited across addresses (10 per 15 minutes)", async () => {
    const results: string[] = [];
    for (let i = 0; i < 12; i++) {
      results.push(await outcome(enforceAuthRateLimits({ action: "callback/credentials", form: form("Owner@Harbor.test"), ip: `192.0.2.${i}` })));
    }
    expect(results.slice(0, 10).every((r) => r === "ok")).toBe(true);
    expect(results.slice(10)).toEqual(["limited", "limited"]);
  });

  it("password guesses from one address are limited across accounts (30 per 15 minutes)", async () => {
    const results: string[] = [];
    for (let i = 0; i < 32; i++) results.push(await outcome(enforceAuthRateLimits({ action: "callback/credentials", form: form(`guess${i}@example.com`), ip: "203.0.113.77" })));
    expect(results.filter((r) => r === "ok")).toHaveLength(30);
  });

  it("booking attempts from one address are limited (20 per hour)", async () => {
    const results: string[] = [];
    for (let i = 0; i < 22; i++) results.push(await outcome(enforceRateLimits([{ name: "bookingIp", subject: "203.0.113.50" }])));
    expect(results.filter((r) => r === "ok")).toHaveLength(20);
  });

  it("a limited sign-in gets HTTP 429 with Retry-After and a plain message, before next-auth runs", async () => {
    const post = () => {
      const body = new URLSearchParams({ email: "maya@serenity.test", password: "wrong", csrfToken: "x", json: "true" });
      const request = new Request("http://localhost:3000/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "198.51.100.200" },
        body,
      });
      return authPost(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    };
    for (let i = 0; i < 10; i++) await enforceAuthRateLimits({ action: "callback/credentials", form: form("maya@serenity.test"), ip: "198.51.100.200" });
    const response = await post();
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as { url: string; error: string };
    expect(body.error).toMatch(/Too many attempts\. Please try again in \d+ minutes?\./);
    expect(new URL(body.url).searchParams.get("error")).toMatch(/^RateLimited:\d+$/);
  });
});
