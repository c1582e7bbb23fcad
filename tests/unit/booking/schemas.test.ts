import { describe, expect, it } from "vitest";
import { ZClientDetailsSchema, ZCreateBookingSchema } from "@/lib/booking/schemas";
import { fieldErrorsOf } from "@/lib/errors/validation";

const valid = {
  serviceId: "11111111-1111-4111-8111-111111111111",
  therapistId: "any",
  startsAt: "2026-12-01T15:00:00.000Z",
  client: { name: "Jane Doe", email: "Jane@Example.com ", phone: "+1 (212) 555-0100" },
};

describe("booking input", () => {
  it("accepts a valid request and normalises the email", () => {
    const parsed = ZCreateBookingSchema.parse(valid);
    expect(parsed.client.email).toBe("jane@example.com");
  });

  it.each([
    ["email", { email: "jane@" }, "client.email"],
    ["phone too short", { phone: "123" }, "client.phone"],
    ["phone with letters", { phone: "five five five" }, "client.phone"],
    ["name too long", { name: "a".repeat(101) }, "client.name"],
    ["name blank", { name: "   " }, "client.name"],
  ])("rejects a bad %s under its own field", (_name, patch, field) => {
    const result = ZCreateBookingSchema.safeParse({ ...valid, client: { ...valid.client, ...patch } });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toContain(field);
  });

  it.each([
    ["a non-uuid therapist", { therapistId: "maya" }, "therapistId"],
    ["a time without offset", { startsAt: "2026-12-01T15:00:00" }, "startsAt"],
    ["a note of 1001 characters", { note: "n".repeat(1001) }, "note"],
  ])("rejects %s", (_name, patch, field) => {
    const result = ZCreateBookingSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toContain(field);
  });

  it("trims client details", () => {
    expect(ZClientDetailsSchema.parse({ name: "  Ann Lee ", email: " ann@example.com", phone: " 020 7946 0000 " })).toEqual({
      name: "Ann Lee",
      email: "ann@example.com",
      phone: "020 7946 0000",
    });
  });
});
