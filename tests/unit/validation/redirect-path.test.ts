import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/validation/redirect-path";

describe("where sign-in may send someone afterwards", () => {
  it.each(["/staff", "/account", "/s/serenity/bookings/1?token=a%2Fb", "/"])("keeps the path %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each([
    ["another site", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash browsers read as a slash", "/\\evil.example"],
    ["a tab browsers drop", "/\t/evil.example"],
    ["a line break browsers drop", "/\n/evil.example"],
    ["a relative path", "staff"],
    ["javascript:", "javascript:alert(1)"],
    ["a huge value", `/${"a".repeat(3000)}`],
    ["nothing", undefined],
  ])("an open redirect through %s is refused", (_what, value) => {
    expect(safeRedirectPath(value)).toBeUndefined();
  });

  it("a repeated callbackUrl param (an array) uses the first value instead of crashing the page", () => {
    expect(safeRedirectPath(["/account", "//evil.example"])).toBe("/account");
    expect(safeRedirectPath(["//evil.example", "/account"])).toBeUndefined();
  });
});
