// npm run db:seed — adds the demo salons to a migrated database that has none yet.
import { openDatabase } from "@/lib/db/client";
import { seedDemoData } from "@/lib/seed/seed-demo";

const { prisma, driver } = await openDatabase();
if ((await prisma.tenant.count({ where: { slug: { in: ["serenity", "harbor"] } } })) > 0) {
  console.log("Demo salons already exist; nothing to do.");
} else {
  const summary = await seedDemoData(prisma, { now: new Date() });
  console.log(`Seeded ${summary.tenants} salons, ${summary.bookings} bookings.`);
}
await prisma.$disconnect();
await driver.close();
