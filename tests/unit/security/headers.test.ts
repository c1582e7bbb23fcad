import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, contentSecurityPolicy, createNonce, referrerPolicy, securityHeaders } from "@/lib/security/headers";

const base = { nonce: "abc123==", isDev: false, appUrl: "http://localhost:3000", pathname: "/s/serenity", hasToken: false };

function directives(csp: string): Map<string, string> {
  return new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.slice(d.indexOf(" ") + 1)]));
}

describe("content security policy", () => {
  it("runs only our own nonced scripts in production, with no inline or eval escape hatches", () => {
    const script = directives(contentSecurityPolicy(base)).get("script-src");
    expect(script).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
  });

  it("allows eval and inline styles only in development (React's debugging, the dev overlay)", () => {
    const dev = directives(contentSecurityPolicy({ ...base, isDev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(dev.get("connect-src")).toBe("'self' ws:");
    const prod = directives(contentSecurityPolicy(base));
    expect(prod.get("style-src")).toBe("'self' 'nonce-abc123=='");
    expect(prod.get("connect-src")).toBe("'self'");
  });

  it.each([
    ["default-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["img-src", "'self' data: blob:"],
  ])("keeps %s at %s so no other site can frame, inject or receive our forms", (name, value) => {
    expect(directives(contentSecurityPolicy(base)).get(name)).toBe(value);
  });

  it("upgrades insecure requests only when the app is served over https", () => {
    expect(contentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...base, appUrl: "https://book.example.com" })).toContain("upgrade-insecure-requests");
  });
});

describe("referrer policy", () => {
  it.each([
    ["a manage link with its token", "/s/serenity/bookings/0b7c", true, "same-origin"],
    ["the email sign-in callback", "/api/auth/callback/email", true, "same-origin"],
    ["any page given a token parameter", "/signin", true, "same-origin"],
    ["the manage path even without a token", "/s/serenity/bookings/0b7c", false, "same-origin"],
    ["a public salon page", "/s/serenity", false, "strict-origin-when-cross-origin"],
    ["the staff area", "/staff", false, "strict-origin-when-cross-origin"],
  ])("%s leaks %s", (_what, pathname, hasToken, policy) => {
    expect(referrerPolicy({ pathname, hasToken })).toBe(policy);
  });
});

describe("security headers", () => {
  it("forbid framing, sniffing and powerful browser features on every response", () => {
    const headers = securityHeaders(base);
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "browsing-topics=()", "interest-cohort=()", "payment=(self)"]) {
      expect(headers["Permissions-Policy"]).toContain(feature);
    }
    expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy(base));
  });

  it("pin https with HSTS only when APP_URL is https (a local http demo must stay reachable)", () => {
    expect(securityHeaders(base)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ ...base, appUrl: "https://book.example.com" })["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(baseSecurityHeaders("https://book.example.com")["Strict-Transport-Security"]).toBeDefined();
  });

  it("keep the CSP out of static-asset headers (no nonce there)", () => {
    expect(baseSecurityHeaders(base.appUrl)["Content-Security-Policy"]).toBeUndefined();
  });
});

describe("nonce", () => {
  it("is fresh each time and has the shape Next's nonce parser accepts", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/_-]+={0,2}$/);
  });
});
