import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlDriver } from "./sql-driver";

// Same shape as Prisma's own table, so `prisma migrate status/deploy` agree with us.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same for every process migrating this database.
const MIGRATION_LOCK_KEY = 72_023_114;

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = path.join(process.cwd(), "prisma", "migrations")): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies pending migrations in order, each in its own transaction. Returns the names applied. */
export async function migrate(driver: SqlDriver, migrations = readMigrations()): Promise<string[]> {
  return withMigrationSession(driver, async (session) => {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const applied = await session.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const appliedByName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const previous = appliedByName.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was edited after it was applied (checksum mismatch)`);
        }
        continue;
      }
      await applyOne(session, migration);
      done.push(migration.name);
    }
    return done;
  });
}

type Session = Pick<SqlDriver, "exec" | "query">;

async function applyOne(session: Session, migration: Migration): Promise<void> {
  const id = crypto.randomUUID();
  await session.exec(
    `BEGIN;\n${migration.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) ` +
      `VALUES ('${id}', '${migration.checksum}', '${migration.name.replace(/'/g, "''")}', now(), now(), 1);\nCOMMIT;`,
  ).catch(async (error: unknown) => {
    await session.exec("ROLLBACK").catch(() => undefined);
    throw new Error(`Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** One connection for the whole run, holding an advisory lock so concurrent starters wait. */
async function withMigrationSession<T>(driver: SqlDriver, work: (session: Session) => Promise<T>): Promise<T> {
  // PGlite is a single in-process connection: nothing else can migrate concurrently.
  if (driver.kind === "pglite") return work(driver);
  const client = await driver.pool.connect();
  const session: Session = {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
  };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    return await work(session);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
