// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.
import { openDatabase } from "@/lib/db/client";
import { migrateApp } from "@/lib/db/migrate-app";

const { prisma, driver } = await openDatabase();
const applied = await migrateApp(driver);
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
await prisma.$disconnect();
await driver.close();
