import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { declaredKeys, expectedUdtName, readPrismaSchema } from "../fixtures/prisma-schema";

// Migrations are hand-written, so this test is what keeps them honest: a fresh database
// migrated from prisma/migrations must have exactly what schema.prisma declares.

describe("schema.prisma and the migrations agree", async () => {
  const schema = readPrismaSchema();
  const { prisma, driver } = await openDatabase({ kind: "pglite-memory" });
  await migrate(driver);

  const columns = await driver.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
    `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const indexes = await driver.query<{ table: string; columns: string[]; unique: boolean; primary: boolean }>(
    `SELECT t.relname AS "table", i.indisunique AS "unique", i.indisprimary AS "primary",
            array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      GROUP BY t.relname, i.indexrelid, i.indisunique, i.indisprimary`,
  );
  const enumRows = await driver.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY t.typname, e.enumsortorder`,
  );

  it.each(schema.models.map((m) => [m.name, m] as const))("model %s has its table and columns", (name, model) => {
    const actual = columns.filter((c) => c.table_name === name);
    expect(actual.length, `table "${name}" missing`).toBeGreaterThan(0);
    const expected = model.fields
      .map((f) => {
        const udt = expectedUdtName(f, schema.enums);
        // A scalar list (String[]) is a PostgreSQL array, whose type name is the element's with "_".
        return { f, udt: udt !== null && f.list ? `_${udt}` : udt };
      })
      .filter((x): x is { f: (typeof model.fields)[number]; udt: string } => x.udt !== null);
    for (const { f, udt } of expected) {
      const column = actual.find((c) => c.column_name === f.name);
      expect(column, `${name}.${f.name} missing`).toBeDefined();
      expect(column?.udt_name, `${name}.${f.name} type`).toBe(udt);
      expect(column?.is_nullable, `${name}.${f.name} nullability`).toBe(f.optional ? "YES" : "NO");
    }
    expect(actual.map((c) => c.column_name).sort(), `${name} has undeclared columns`).toEqual(expected.map((x) => x.f.name).sort());
  });

  it.each(schema.models.map((m) => [m.name, m] as const))("model %s has its primary key and unique constraints", (name, model) => {
    const keys = declaredKeys(model);
    const onTable = indexes.filter((i) => i.table === name);
    expect(onTable.find((i) => i.primary)?.columns).toEqual(keys.primary);
    for (const unique of keys.uniques) {
      expect(onTable.some((i) => i.unique && !i.primary && i.columns.join() === unique.join()), `${name} unique ${unique}`).toBe(true);
    }
  });

  it("every enum has the declared values in order", () => {
    for (const [name, values] of schema.enums) {
      expect(enumRows.filter((r) => r.name === name).map((r) => r.value)).toEqual(values);
    }
  });

  it("no table exists that the schema does not declare", () => {
    const tables = new Set(columns.map((c) => c.table_name));
    tables.delete("_prisma_migrations");
    expect([...tables].sort()).toEqual(schema.models.map((m) => m.name).sort());
  });

  it("migrating again applies nothing and keeps Prisma's bookkeeping", async () => {
    expect(await migrate(driver)).toEqual([]);
    const rows = await driver.query<{ migration_name: string; finished_at: Date | null }>(`SELECT migration_name, finished_at FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    await prisma.$disconnect();
    await driver.close();
  });
});
