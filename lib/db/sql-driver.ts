import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/**
 * The raw connection behind Prisma: migrations, the job queue and test harnesses use it.
 * `exec` runs a multi-statement script; `query` runs one parameterised statement.
 */
export type SqlDriver =
  | { kind: "pglite"; pglite: PGlite; exec(sql: string): Promise<void>; query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>; close(): Promise<void> }
  | { kind: "postgres"; pool: Pool; exec(sql: string): Promise<void>; query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>; close(): Promise<void> };

export type DriverConfig =
  | { kind: "postgres"; url: string; maxConnections?: number }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-snapshot"; snapshotFile: string }
  | { kind: "pglite-memory" };

export async function openPGlite(options: { dataDir?: string; snapshot?: Blob }): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { btree_gist } = await import("@electric-sql/pglite/contrib/btree_gist");
  if (options.dataDir) fs.mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true });
  return PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.snapshot,
    extensions: { btree_gist },
  });
}

export async function openSqlDriver(config: DriverConfig): Promise<SqlDriver> {
  if (config.kind === "postgres") {
    const { Pool } = await import("pg");
    const pool = new Pool({ connectionString: config.url, max: config.maxConnections ?? 10 });
    // An idle connection the server ends (restart, failover, a dropped test database) is
    // discarded by the pool; without a listener its error would crash the process.
    pool.on("error", (error) => console.warn(`[db] idle connection closed by the server: ${error.message}`));
    return {
      kind: "postgres",
      pool,
      async exec(sql) {
        await pool.query(sql);
      },
      async query(sql, params) {
        const result = await pool.query(sql, params as unknown[]);
        return result.rows;
      },
      close: () => pool.end(),
    };
  }
  const pglite =
    config.kind === "pglite"
      ? await openPGlite({ dataDir: config.dataDir })
      : config.kind === "pglite-snapshot"
        ? await openPGlite({ snapshot: new Blob([fs.readFileSync(config.snapshotFile)]) })
        : await openPGlite({});
  return {
    kind: "pglite",
    pglite,
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query(sql, params) {
      const result = await pglite.query(sql, params);
      return result.rows as never;
    },
    close: () => pglite.close(),
  };
}
