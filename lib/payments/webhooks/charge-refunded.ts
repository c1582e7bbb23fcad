import type Stripe from "stripe";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { EventHandler } from "./handle-event";

/** Refunds we started are recorded when Stripe answers; this settles any still PENDING (a crash in between). */
export const onChargeRefunded: EventHandler = async (tenant, event) => {
  const charge = event.data.object as Stripe.Charge;
  const refunds = charge.refunds?.data ?? [];
  const prisma = await db();
  for (const refund of refunds) {
    const recordId = z.uuid().safeParse(refund.metadata?.record_id);
    if (!recordId.success || refund.status !== "succeeded") continue;
    await prisma.paymentRecord.updateMany({ where: { tenantId: tenant.id, id: recordId.data, status: "PENDING" }, data: { status: "SUCCEEDED", stripeRefundId: refund.id, updatedAt: new Date() } });
  }
};
