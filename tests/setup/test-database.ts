import crypto from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, db, getDatabase, openDatabase } from "../../lib/db/client";
import { resetEnvCache } from "../../lib/env";
import { withDatabase } from "./global-db";

/**
 * Gives the calling test file its own copy of the seeded test database and points the app's
 * db() at it. Call once at the top of an integration test file.
 */
export function setupTestDatabase() {
  const config = inject("testDb");
  let databaseName: string | undefined;

  beforeAll(async () => {
    if (config.kind === "pglite") {
      process.env.PGLITE_SNAPSHOT = config.snapshotFile;
      delete process.env.DATABASE_URL;
    } else {
      databaseName = `stillwater_test_${crypto.randomBytes(6).toString("hex")}`;
      const admin = await openDatabase({ kind: "postgres", url: config.adminUrl, maxConnections: 1 });
      await admin.driver.exec(`CREATE DATABASE ${databaseName} TEMPLATE ${config.template}`);
      await admin.driver.close();
      process.env.DATABASE_URL = withDatabase(config.adminUrl, databaseName);
    }
    resetEnvCache();
    await getDatabase();
  });

  afterAll(async () => {
    await closeDatabase();
    if (databaseName && config.kind === "postgres") {
      const admin = await openDatabase({ kind: "postgres", url: config.adminUrl, maxConnections: 1 });
      await admin.driver.exec(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await admin.driver.close();
    }
  });

  return { db, kind: config.kind };
}
