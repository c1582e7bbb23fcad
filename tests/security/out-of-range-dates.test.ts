import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as getSlots } from "@/app/api/s/[salon]/slots/route";
import { createBooking } from "@/lib/booking/create-booking";
import { checkStart } from "@/lib/booking/check-start";
import { parseParam, ZDateParam, ZSelectionSchema, ZStartParam } from "@/lib/actions/booking-flow";
import { AppError } from "@/lib/errors/app-error";
import { instantToLocalParts } from "@/lib/availability/time-zone";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// Before these fixes a far-future or ancient date got past the schemas: year 9999 made the
// engine's day arithmetic throw a RangeError, year 1 made PostgreSQL refuse the range (22008).

const { db } = setupTestDatabase();
let prisma: PrismaClient;
let tenant: Tenant;
let serviceId: string;

beforeAll(async () => {
  prisma = await db();
  tenant = await tenantBySlug(prisma, "serenity");
  serviceId = (await createSoloTherapist(prisma, tenant.id)).service.id;
});

async function slots(query: Record<string, string>) {
  const request = new NextRequest(`http://localhost/api/s/serenity/slots?${new URLSearchParams(query)}`);
  const response = await getSlots(request, { params: Promise.resolve({ salon: "serenity" }) });
  return { status: response.status, body: (await response.json()) as { error?: string; slots?: unknown[] } };
}

describe("dates outside the supported range get a clear answer", () => {
  it.each([
    ["year 1", { from: "0001-01-01", to: "0001-01-02" }, /from/],
    ["year 9999", { from: "9999-12-30", to: "9999-12-31" }, /from/],
    ["a range ending in year 9999", { from: "2026-11-25", to: "9999-12-31" }, /to/],
  ])("the slots API answers %s with a 400 and a message, not a 500", async (_what, range, field) => {
    const { status, body } = await slots({ service: serviceId, therapist: "any", ...range });
    expect(status).toBe(400);
    expect(body.error).toMatch(field);
    expect(body.error).toMatch(/2000.*2100/);
  });

  it("the slots API still answers a sane range (the control case)", async () => {
    // The route asks the real clock, so ask for the next days from today.
    const day = (offset: number) => instantToLocalParts(Date.now() + offset * 86_400_000, "America/New_York").date;
    const { status, body } = await slots({ service: serviceId, therapist: "any", from: day(1), to: day(3) });
    expect(status).toBe(200);
    expect(body.slots?.length).toBeGreaterThan(0);
  });

  it.each(["9999-12-31T10:00:00Z", "0001-01-01T10:00:00Z", "1999-12-31T23:59:59Z", "2101-01-01T00:00:00Z"])(
    "a start of %s in a booking URL counts as malformed, so the page sends the client back a step",
    (start) => {
      expect(parseParam(ZStartParam, start)).toBe("invalid");
      expect(ZSelectionSchema.safeParse({ salon: "serenity", service: serviceId, therapist: "any", start }).success).toBe(false);
    },
  );

  it("a day of 9999-12-31 in a booking URL counts as malformed", () => {
    expect(parseParam(ZDateParam, "9999-12-31")).toBe("invalid");
    expect(parseParam(ZDateParam, "2026-11-25")).toBe("2026-11-25");
  });

  it("checking a start in year 9999 (the review step) says it is not offered instead of throwing a RangeError", async () => {
    const check = await checkStart({ tenantId: tenant.id, serviceId, therapistId: "any", start: Date.parse("9999-12-31T10:00:00Z"), now: TEST_NOW });
    expect(check.status).toBe("gone");
  });

  it("booking a start in year 9999 is refused on the time field, not with a RangeError", async () => {
    const before = await prisma.booking.count();
    const input = { serviceId, therapistId: "any", startsAt: "9999-12-31T10:00:00Z", client: { name: "Jane Doe", email: "jane@example.com", phone: "+1 212 555 0199" } };
    const error = await createBooking({ tenant, input, now: TEST_NOW }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect((error as AppError).fieldErrors?.startsAt).toBeDefined();
    expect(await prisma.booking.count()).toBe(before);
  });
});
