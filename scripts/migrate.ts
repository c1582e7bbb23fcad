// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.
import { openDatabase } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

const { prisma, driver } = await openDatabase();
const applied = await migrate(driver);
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
await prisma.$disconnect();
await driver.close();
