"use server";

import { redirect } from "next/navigation";
import { receiptHref } from "@/lib/booking/manage-token";
import { AppError } from "@/lib/errors/app-error";
import { chargeBalance } from "@/lib/payments/charges/charge-balance";
import { startBalanceCheckout, PAY_LINK_STATES } from "@/lib/payments/charges/pay-link";
import { parseMajorAmount } from "@/lib/payments/money";
import { raiseConcern, setTip } from "@/lib/payments/review";
import type { TTipChoice } from "@/lib/payments/tips";
import { receiptHolder } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { db } from "@/lib/db/client";
import { INVALID_LINK } from "./cancel-form";
import { ZBookingLinkFormSchema, ZConcernFormSchema, ZTipFormSchema, type TTipForm } from "./payment-forms";

// The receipt page's actions, for the holder of the receipt (or manage) link: choose a tip,
// pay now, pay with another card, or raise a concern. Each calls one domain function.

const messages = { NOT_FOUND: INVALID_LINK };

function tipChoice(form: TTipForm, currency: string): TTipChoice {
  if (form.tip === "none") return { kind: "none" };
  if (form.tip !== "custom") return { kind: "percent", percent: Number(form.tip) as 15 | 18 | 20 };
  if (!form.custom) throw new AppError("VALIDATION", "Enter the tip you would like to give.", { custom: ["Enter an amount"] });
  const amountMinor = parseMajorAmount(form.custom, currency);
  if (amountMinor === null) throw new AppError("VALIDATION", "Enter an amount like 12.50.", { custom: ["Not an amount"] });
  return { kind: "custom", amountMinor };
}

async function bookingOf(tenantId: string, bookingId: string) {
  const booking = await (await db()).booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } }, select: { currency: true, balanceStatus: true } });
  if (!booking) throw new AppError("NOT_FOUND", INVALID_LINK);
  return booking;
}

/** Saves the tip; with "pay", charges the saved card at once (or opens the pay link when the card needs the client). */
export const tipAndPayAction = formAction({
  schema: ZTipFormSchema,
  invalidMessage: (e) => e.custom?.[0] ?? e.tip?.[0] ?? INVALID_LINK,
  messages,
  context: receiptHolder,
  async run(form, { salon, bookingId }) {
    const booking = await bookingOf(salon.tenantId, bookingId);
    await setTip({ tenantId: salon.tenantId, bookingId, choice: tipChoice(form, booking.currency) });
    if (form.intent === "save") redirect(receiptHref(salon.tenant.slug, salon.tenantId, bookingId, { tip: "saved" }));
    if (booking.balanceStatus === "ACTION_REQUIRED") redirect(await startBalanceCheckout({ tenant: salon.tenant, bookingId }));
    const outcome = await chargeBalance({ tenantId: salon.tenantId, bookingId, trigger: "pay-now", actor: "client" });
    redirect(receiptHref(salon.tenant.slug, salon.tenantId, bookingId, { paid: outcome.result }));
  },
});

/** Pay the balance on-session through Checkout, with the saved card (authenticating) or another. */
export const payWithCardAction = formAction({
  schema: ZBookingLinkFormSchema,
  invalidMessage: INVALID_LINK,
  messages,
  context: receiptHolder,
  async run(_form, { salon, bookingId }) {
    const booking = await bookingOf(salon.tenantId, bookingId);
    if (!(PAY_LINK_STATES as readonly string[]).includes(booking.balanceStatus)) throw new AppError("CONFLICT", "There is nothing to pay on this booking right now.");
    redirect(await startBalanceCheckout({ tenant: salon.tenant, bookingId }));
  },
});

export const raiseConcernAction = formAction({
  schema: ZConcernFormSchema,
  invalidMessage: (e) => e.message?.[0] ?? INVALID_LINK,
  messages,
  context: receiptHolder,
  async run({ message }, { salon, bookingId }) {
    await raiseConcern({ tenantId: salon.tenantId, bookingId, message });
    redirect(receiptHref(salon.tenant.slug, salon.tenantId, bookingId, { concern: "sent" }));
  },
});
