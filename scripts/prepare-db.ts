// Runs before `dev` and `start`: migrate, then seed the demo salons into an empty database.
import { openDatabase, resolveDriverConfig } from "@/lib/db/client";
import { migrateApp } from "@/lib/db/migrate-app";
import { seedDemoData, DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/seed-demo";
import { scheduleSeededCharges } from "@/lib/seed/schedule-charges";

const config = resolveDriverConfig();
const { prisma, driver } = await openDatabase(config);
const applied = await migrateApp(driver);
console.log(`Database: ${config.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${"dataDir" in config ? config.dataDir : "memory"}`}`);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

if ((await prisma.tenant.count()) === 0 && process.env.SKIP_SEED !== "1") {
  console.log("Empty database: seeding the demo salons (a few seconds)...");
  const summary = await seedDemoData(prisma, { now: new Date() });
  const charges = await scheduleSeededCharges(prisma, driver);
  console.log(`Seeded ${summary.tenants} salons, ${summary.therapists} therapists, ${summary.clients} clients, ${summary.bookings} bookings; ${charges} balances to charge when their review windows end.`);
  console.log(`\nDemo accounts (password "${DEMO_PASSWORD}"):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(24)} ${account.role.toLowerCase()} at ${account.salon}`);
  console.log("");
}
await prisma.$disconnect();
await driver.close();
