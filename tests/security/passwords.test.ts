import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { checkPassword, hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/seed/seed-demo";
import { setupTestDatabase } from "../setup/test-database";

// Passwords: hashed off the event loop, no telling known from unknown accounts, old hashes upgraded.

const { db } = setupTestDatabase();

async function median(times: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe("passwords", () => {
  it("new passwords are argon2id hashes", async () => {
    expect(await hashPassword("some password")).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("an old bcrypt hash still signs in, and is replaced by argon2id at that sign-in", async () => {
    const prisma = await db();
    const legacy = await bcrypt.hash("legacy password", 4);
    await prisma.user.create({ data: { email: "legacy@test.invalid", passwordHash: legacy } });
    expect(await authenticateWithPassword("legacy@test.invalid", "wrong")).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { email: "legacy@test.invalid" } })).passwordHash).toBe(legacy);
    expect(await authenticateWithPassword("legacy@test.invalid", "legacy password")).toMatchObject({ email: "legacy@test.invalid" });
    const upgraded = (await prisma.user.findUniqueOrThrow({ where: { email: "legacy@test.invalid" } })).passwordHash!;
    expect(upgraded).toMatch(/^\$argon2id\$/);
    expect(await checkPassword("legacy password", upgraded)).toEqual({ ok: true, needsRehash: false });
  });

  it("a malformed stored hash matches nothing and does not throw", async () => {
    expect(await checkPassword("x", "$argon2id$garbage")).toEqual({ ok: false, needsRehash: false });
  });

  it("an unknown email costs as much work as a known one, so timing does not enumerate accounts", async () => {
    await authenticateWithPassword("owner@serenity.test", "warm-up");
    const known = await median(7, () => authenticateWithPassword("owner@serenity.test", "wrong password"));
    const unknown = await median(7, () => authenticateWithPassword("nobody-here@example.com", "wrong password"));
    // Before the fix: ~72 ms against ~5 ms. Now both verify one argon2id hash.
    expect(unknown).toBeGreaterThan(known * 0.5);
    expect(unknown).toBeLessThan(known * 2);
  });

  it("hashing runs off the event loop: timers keep firing during 20 parallel sign-ins", async () => {
    let ticks = 0;
    let maxGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      ticks++;
    }, 5);
    await Promise.all(Array.from({ length: 20 }, () => authenticateWithPassword("owner@serenity.test", DEMO_PASSWORD.toUpperCase())));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
    // bcryptjs held the loop for the whole batch; argon2 leaves it free between queries.
    expect(maxGap).toBeLessThan(400);
  });
});
