import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { openSqlDriver, type DriverConfig, type SqlDriver } from "./sql-driver";

// The one place that knows which PostgreSQL is behind the app: a server through
// DATABASE_URL, or embedded PGlite (a directory in dev/prod, a snapshot in tests).

export type Database = { prisma: PrismaClient; driver: SqlDriver };

export function resolveDriverConfig(): DriverConfig {
  const { DATABASE_URL, PGLITE_DATA_DIR, PGLITE_SNAPSHOT } = env();
  if (DATABASE_URL) return { kind: "postgres", url: DATABASE_URL };
  if (PGLITE_SNAPSHOT) return { kind: "pglite-snapshot", snapshotFile: PGLITE_SNAPSHOT };
  return { kind: "pglite", dataDir: PGLITE_DATA_DIR };
}

export async function openDatabase(config: DriverConfig = resolveDriverConfig()): Promise<Database> {
  const driver = await openSqlDriver(config);
  const prisma = await createPrismaClient(driver);
  return { prisma, driver };
}

async function createPrismaClient(driver: SqlDriver): Promise<PrismaClient> {
  if (driver.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaClient({ adapter: new PrismaPg(driver.pool), errorFormat: "minimal" });
  }
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return new PrismaClient({ adapter: new PrismaPGlite(driver.pglite), errorFormat: "minimal" });
}

// One instance per process: PGlite allows a single opener, and dev reloads modules.
const globalForDb = globalThis as unknown as { __database?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.__database ??= openDatabase();
  return globalForDb.__database;
}

export async function db(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const pending = globalForDb.__database;
  globalForDb.__database = undefined;
  if (!pending) return;
  const { prisma, driver } = await pending;
  await prisma.$disconnect();
  await driver.close();
}
