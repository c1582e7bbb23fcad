import { describe, expect, it } from "vitest";
import { normalizeEmailIdentifier, ZEmailSchema } from "@/lib/validation/email";

describe("email addresses from forms and sign-in", () => {
  it("trims and lower-cases a valid address", () => {
    expect(ZEmailSchema.parse("  Jane.Doe@Example.COM ")).toBe("jane.doe@example.com");
    expect(normalizeEmailIdentifier("Owner@Serenity.test")).toBe("owner@serenity.test");
  });

  it("a NUL character in a sign-in email is refused before it reaches the database", () => {
    expect(ZEmailSchema.safeParse("owner\u0000@serenity.test").error?.issues[0]?.message).toMatch(/special characters/);
    expect(() => normalizeEmailIdentifier("owner\u0000@serenity.test")).toThrow(/Invalid email/);
  });

  it.each(["not-an-email", "a@b", `${"x".repeat(250)}@example.com`, "a b@example.com", "jane@exa\u202emple.com"])("%s is refused", (email) => {
    expect(ZEmailSchema.safeParse(email).success).toBe(false);
  });
});
