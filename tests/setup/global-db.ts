import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../lib/db/client";
import { migrateApp } from "../../lib/db/migrate-app";
import { seedDemoData } from "../../lib/seed/seed-demo";
import { TEST_NOW } from "../fixtures/test-clock";

// Builds one migrated, seeded database per run. Each integration test file then gets its own
// copy: a database cloned from a template on PostgreSQL, an in-memory instance loaded from a
// snapshot on PGlite. Files never share state.

declare module "vitest" {
  export interface ProvidedContext {
    testDb: { kind: "postgres"; adminUrl: string; template: string } | { kind: "pglite"; snapshotFile: string };
  }
}

const TEMPLATE = "stillwater_test_template";

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = await openDatabase({ kind: "postgres", url, maxConnections: 1 });
    await dropTestDatabases(admin.driver);
    await admin.driver.exec(`CREATE DATABASE ${TEMPLATE}`);
    await admin.driver.close();
    const templateUrl = withDatabase(url, TEMPLATE);
    const template = await openDatabase({ kind: "postgres", url: templateUrl });
    await migrateApp(template.driver);
    await seedDemoData(template.prisma, { now: TEST_NOW });
    await template.prisma.$disconnect();
    await template.driver.close();
    project.provide("testDb", { kind: "postgres", adminUrl: url, template: TEMPLATE });
    return;
  }
  const { prisma, driver } = await openDatabase({ kind: "pglite-memory" });
  await migrateApp(driver);
  await seedDemoData(prisma, { now: TEST_NOW });
  if (driver.kind !== "pglite") throw new Error("expected PGlite");
  const snapshot = await driver.pglite.dumpDataDir("none");
  const snapshotFile = path.join(os.tmpdir(), `stillwater-test-${process.pid}.tar`);
  fs.writeFileSync(snapshotFile, Buffer.from(await snapshot.arrayBuffer()));
  await prisma.$disconnect();
  await driver.close();
  project.provide("testDb", { kind: "pglite", snapshotFile });
  return () => fs.rmSync(snapshotFile, { force: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function dropTestDatabases(driver: { query<T>(sql: string): Promise<T[]>; exec(sql: string): Promise<void> }) {
  const rows = await driver.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'stillwater_test_%'`);
  for (const { datname } of rows) await driver.exec(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
