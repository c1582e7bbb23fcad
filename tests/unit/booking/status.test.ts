import { describe, expect, it } from "vitest";
import { assertTransition, canTransition, isActive, label } from "@/lib/booking/status";
import { AppError } from "@/lib/errors/app-error";
import type { BookingStatus } from "@/lib/generated/prisma/enums";

const ALL: BookingStatus[] = ["PENDING", "CONFIRMED", "CANCELLED", "COMPLETED", "NO_SHOW"];
const ALLOWED = new Set(["PENDING>CONFIRMED", "PENDING>CANCELLED", "CONFIRMED>CANCELLED", "CONFIRMED>COMPLETED", "CONFIRMED>NO_SHOW"]);

describe("booking state machine", () => {
  it.each(ALL.flatMap((from) => ALL.map((to) => [from, to] as const)))("%s → %s", (from, to) => {
    const allowed = ALLOWED.has(`${from}>${to}`);
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
    else expect(() => assertTransition(from, to)).toThrow(AppError);
  });

  it.each([
    ["PENDING", true],
    ["CONFIRMED", true],
    ["CANCELLED", false],
    ["COMPLETED", false],
    ["NO_SHOW", false],
  ] as const)("%s holds the therapist's time: %s", (status, active) => {
    expect(isActive(status)).toBe(active);
  });

  it("names statuses the way people say them", () => {
    expect(label("NO_SHOW")).toBe("no-show");
    expect(label("CONFIRMED")).toBe("confirmed");
  });

  it("refuses with a message a person can read", () => {
    expect(() => assertTransition("CANCELLED", "CONFIRMED")).toThrow("A cancelled booking cannot become confirmed");
  });
});
