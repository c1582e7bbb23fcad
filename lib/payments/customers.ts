import { db } from "@/lib/db/client";
import type { Client, Tenant } from "@/lib/generated/prisma/client";
import { onSalonAccount, stripe } from "./stripe";

/**
 * The client's Stripe Customer on the salon's account, created once: the idempotency key makes
 * two racing checkouts create the same customer, and the conditional update keeps the first.
 */
export async function ensureCustomer(tenant: Pick<Tenant, "id" | "stripeAccountId">, client: Pick<Client, "id" | "name" | "email" | "phone" | "stripeCustomerId">): Promise<string> {
  if (client.stripeCustomerId) return client.stripeCustomerId;
  const customer = await stripe().customers.create(
    { email: client.email, name: client.name, phone: client.phone, metadata: { tenant_id: tenant.id, client_id: client.id } },
    onSalonAccount(tenant, `customer:${tenant.id}:${client.id}`),
  );
  const prisma = await db();
  await prisma.client.updateMany({ where: { tenantId: tenant.id, id: client.id, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  const saved = await prisma.client.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: client.id } }, select: { stripeCustomerId: true } });
  return saved.stripeCustomerId ?? customer.id;
}
