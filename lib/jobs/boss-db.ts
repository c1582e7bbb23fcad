import type PgBoss from "pg-boss";
import type { TransactionClient } from "@/lib/db/transaction";
import type { SqlDriver } from "@/lib/db/sql-driver";

// pg-boss speaks to PostgreSQL through a `db` object. Outside a transaction that is the app's
// own driver (the pool, or the one embedded PGlite, whose multi-statement schema SQL needs
// `exec`); inside one it is the Prisma transaction, so a job commits with the change that
// caused it, or not at all.

export function driverDb(driver: SqlDriver): PgBoss.Db {
  if (driver.kind === "postgres") return { executeSql: (text, values) => driver.pool.query(text, values) };
  const { pglite } = driver;
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export function transactionDb(tx: TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? []).map(toSqlParam));
      return { rows };
    },
  };
}

// Prisma binds parameters by their JavaScript type; pg-boss hands plain values and JSON objects.
function toSqlParam(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}
