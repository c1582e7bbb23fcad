import { describe, expect, it } from "vitest";
import { PERMISSIONS, roleHas, rolesHave } from "@/lib/auth/permissions";

describe("permissions", () => {
  it.each([
    ["OWNER", "bookings.read.all", true],
    ["OWNER", "salon.manage", true],
    ["THERAPIST", "bookings.read.all", false],
    ["THERAPIST", "bookings.read.own", true],
    ["THERAPIST", "salon.manage", false],
    ["CLIENT", "bookings.read.own", false],
    ["OWNER", "insights.read.all", true],
    ["THERAPIST", "insights.read.all", false],
    ["THERAPIST", "insights.read.own", true],
    ["THERAPIST", "clients.read.all", false],
    ["THERAPIST", "clients.read.own", true],
  ] as const)("%s has %s: %s", (role, permission, expected) => {
    expect(roleHas(role, permission)).toBe(expected);
  });

  it("a client holds no staff permission at all", () => {
    expect(PERMISSIONS.filter((p) => roleHas("CLIENT", p))).toEqual([]);
  });

  it("several roles combine", () => {
    expect(rolesHave(["THERAPIST", "OWNER"], "salon.manage")).toBe(true);
    expect(rolesHave([], "bookings.read.own")).toBe(false);
  });
});
