import { describe, expect, it } from "vitest";
import { staffSignInPath } from "@/lib/tenancy/staff-page";

describe("staffSignInPath", () => {
  it("sends a signed-out caller to sign in and back", () => {
    expect(staffSignInPath(null, "/staff/account")).toBe("/signin?callbackUrl=%2Fstaff%2Faccount");
  });

  it("tells an email-link session that the staff area needs the password", () => {
    const session = { userId: "u", sessionId: "s", method: "EMAIL_LINK" as const, email: "owner@serenity.test" };
    expect(staffSignInPath(session, "/staff")).toBe("/signin?callbackUrl=%2Fstaff&error=StaffPasswordRequired");
  });
});
