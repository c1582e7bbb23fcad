import { describe, expect, it } from "vitest";
import { manageToken, manageUrl, verifyManageToken } from "@/lib/booking/manage-token";

const TENANT = "11111111-1111-4111-8111-111111111111";
const OTHER_TENANT = "22222222-2222-4222-8222-222222222222";
const BOOKING = "33333333-3333-4333-8333-333333333333";

describe("manage links", () => {
  const token = manageToken(TENANT, BOOKING);

  it("is long and URL-safe", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each([
    ["the right booking", TENANT, BOOKING, token, true],
    ["another tenant", OTHER_TENANT, BOOKING, token, false],
    ["another booking", TENANT, OTHER_TENANT, token, false],
    ["a changed character", TENANT, BOOKING, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, false],
    ["an empty token", TENANT, BOOKING, "", false],
    ["a missing token", TENANT, BOOKING, undefined, false],
    ["a number", TENANT, BOOKING, 42, false],
    ["an oversized token", TENANT, BOOKING, "x".repeat(10_000), false],
  ])("verifies %s: %s", (_name, tenantId, bookingId, given, ok) => {
    expect(verifyManageToken(tenantId, bookingId, given)).toBe(ok);
  });

  it("builds a link under the salon's public path", () => {
    expect(manageUrl("https://book.example", "serenity", TENANT, BOOKING)).toBe(`https://book.example/s/serenity/bookings/${BOOKING}?token=${token}`);
  });
});
