import { describe, expect, it } from "vitest";
import { AppError, isAppError, isExclusionViolation, isRetryableTransactionError, isUniqueViolation } from "@/lib/errors/app-error";

// The shape Prisma's driver adapters give a violated exclusion constraint (seen on PGlite and pg).
const exclusion = {
  code: "P2039",
  meta: { driverAdapterError: { cause: { originalCode: "23P01", originalMessage: 'conflicting key value violates exclusion constraint "Booking_no_overlap"' } } },
};

describe("error classification", () => {
  it("recognises an exclusion violation however deeply wrapped", () => {
    expect(isExclusionViolation(exclusion)).toBe(true);
    expect(isExclusionViolation(exclusion, "Booking_no_overlap")).toBe(true);
    expect(isExclusionViolation(exclusion, "Other_constraint")).toBe(false);
    expect(isExclusionViolation({ cause: { cause: exclusion } })).toBe(true);
  });

  it.each([null, undefined, "23P01 in a string", new Error("boom"), { code: "P2002" }])("does not mistake %s for one", (value) => {
    expect(isExclusionViolation(value)).toBe(false);
  });

  it("recognises unique violations", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation({ meta: { cause: { originalCode: "23505" } } })).toBe(true);
    expect(isUniqueViolation(exclusion)).toBe(false);
  });

  it.each([
    ["Prisma's write conflict or deadlock", { code: "P2034" }, true],
    ["a deadlock from the driver", { meta: { driverAdapterError: { cause: { originalCode: "40P01" } } } }, true],
    ["a serialization failure", { cause: { code: "40001" } }, true],
    ["an exclusion violation", exclusion, false],
    ["a plain error", new Error("40P01"), false],
  ])("retries %s: %s", (_name, error, retryable) => {
    expect(isRetryableTransactionError(error)).toBe(retryable);
  });

  it("maps codes to HTTP statuses", () => {
    expect(new AppError("NOT_FOUND", "x").status).toBe(404);
    expect(new AppError("SLOT_TAKEN", "x").status).toBe(409);
    expect(isAppError(new AppError("VALIDATION", "x"), "VALIDATION")).toBe(true);
    expect(isAppError(new Error("x"))).toBe(false);
  });
});
