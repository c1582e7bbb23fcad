import { describe, expect, it } from "vitest";
import { safeRedirectPath, safeRedirectUrl } from "@/lib/auth/safe-redirect";

const APP = "http://localhost:3000";
const FALLBACK = "/staff";

describe("safeRedirectPath", () => {
  it.each([
    ["/staff/bookings/1", "/staff/bookings/1"],
    ["/account?x=1#top", "/account?x=1#top"],
    ["http://localhost:3000/account", "/account"],
    ["staff", "/staff"],
    ["/s/serenity/book?service=a%2Fb", "/s/serenity/book?service=a%2Fb"],
  ])("keeps a same-origin target %j", (target, expected) => {
    expect(safeRedirectPath(target, FALLBACK, APP)).toBe(expected);
  });

  it.each([
    "/\\evil.example/phish",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "//evil.example",
    "///evil.example",
    " //evil.example",
    "\t//evil.example",
    "https://evil.example/",
    "http://localhost:3000@evil.example/",
    "http://user:pass@localhost:3000/staff",
    "http://localhost:3001/staff",
    "https://localhost:3000/staff",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "",
    "x".repeat(5000),
  ])("refuses %j and falls back", (target) => {
    expect(safeRedirectPath(target, FALLBACK, APP)).toBe(FALLBACK);
  });

  it.each([
    "/%5Cevil.example/phish", // encoded backslash stays a path character: same origin
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%252F%252Fevil.example", // double-encoded
    "/.//evil.example",
    "/..//evil.example",
    "/\tevil.example",
    "/./\\evil.example",
  ])("never hands the browser a protocol-relative or foreign target for %j", (target) => {
    const result = safeRedirectPath(target, FALLBACK, APP);
    expect(result.startsWith("//")).toBe(false);
    expect(result.startsWith("/\\")).toBe(false);
    // What a browser would do with the result: stay on our origin.
    expect(new URL(result, APP).origin).toBe(APP);
  });

  it("decodes nothing: an encoded double slash stays inside our path", () => {
    expect(safeRedirectPath("/%2F%2Fevil.example", FALLBACK, APP)).toBe("/%2F%2Fevil.example");
  });

  it("falls back for non-strings", () => {
    for (const value of [undefined, null, 42, {}, ["/staff"]]) expect(safeRedirectPath(value, FALLBACK, APP)).toBe(FALLBACK);
  });

  it("refuses the exact reproductions from the issue", () => {
    expect(safeRedirectPath(decodeURIComponent("%2F%5Cevil.example%2Fphish"), FALLBACK, APP)).toBe(FALLBACK);
    expect(safeRedirectPath(decodeURIComponent("%2F%09%2Fevil.example"), FALLBACK, APP)).toBe(FALLBACK);
  });
});

describe("safeRedirectUrl", () => {
  it("gives absolute URLs on our origin", () => {
    expect(safeRedirectUrl("/account", "/", APP)).toBe("http://localhost:3000/account");
    expect(safeRedirectUrl("https://evil.example/x", "/", APP)).toBe("http://localhost:3000/");
    expect(safeRedirectUrl("http://localhost:3000/.//evil.example", "/", APP)).toBe("http://localhost:3000/evil.example");
  });
});
