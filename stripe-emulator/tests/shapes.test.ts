import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_VERSION } from "../index";
import { customerWithSavedCard, startHarness, type Harness } from "./helpers";

// The SDK's types say which fields are always present; responses are assigned to those types
// and a list of the non-optional fields per object is checked at runtime.

let h: Harness;
let salon: Stripe;
beforeAll(async () => {
  h = await startHarness();
  await h.emulator.createConnectedAccount({ id: "acct_test_shapes", business_name: "Shapes" });
  salon = h.forAccount("acct_test_shapes");
});
afterAll(() => h.emulator.close());

function expectFields(obj: object, fields: string[]) {
  const missing = fields.filter((f) => !(f in obj));
  expect(missing, `missing on ${(obj as { object?: string }).object}`).toEqual([]);
  if ("livemode" in obj) expect(obj.livemode).toBe(false);
}

describe("object shapes", () => {
  it("pins the SDK's API version", () => {
    expect(API_VERSION).toBe(Stripe.API_VERSION);
  });

  it("returns objects with the fields the SDK types declare non-optional", async () => {
    const account: Stripe.Account = await h.stripe.accounts.create({ type: "standard" });
    expectFields(account, ["id", "object", "charges_enabled", "details_submitted", "email", "payouts_enabled", "type"]);

    const link: Stripe.AccountLink = await h.stripe.accountLinks.create({ account: account.id, type: "account_onboarding", refresh_url: "https://a.example/r", return_url: "https://a.example/ok" });
    expectFields(link, ["object", "created", "expires_at", "url"]);

    const { customer, paymentMethod, setupIntent, session: setupSession } = await customerWithSavedCard(h, "4000000000000259", salon);
    const c: Stripe.Customer = customer;
    expectFields(c, ["id", "object", "balance", "created", "default_source", "description", "email", "invoice_settings", "livemode", "metadata", "shipping"]);

    const si: Stripe.SetupIntent = setupIntent;
    expectFields(si, ["id", "object", "allowed_payment_method_types", "application", "automatic_payment_methods", "cancellation_reason", "client_secret", "created", "customer", "description", "excluded_payment_method_types", "last_setup_error", "latest_attempt", "livemode", "mandate", "metadata", "next_action", "on_behalf_of", "payment_method", "payment_method_configuration_details", "payment_method_options", "payment_method_types", "single_use_mandate", "status", "usage"]);

    const pm: Stripe.PaymentMethod = await salon.paymentMethods.retrieve(paymentMethod);
    expectFields(pm, ["id", "object", "billing_details", "created", "customer", "customer_account", "livemode", "metadata", "type", "card"]);
    expectFields(pm.card as object, ["brand", "checks", "country", "display_brand", "exp_month", "exp_year", "funding", "generated_from", "last4", "networks", "regulated_status", "three_d_secure_usage", "wallet"]);

    const pi: Stripe.PaymentIntent = await salon.paymentIntents.create({ amount: 2000, currency: "gbp", customer: customer.id, payment_method: paymentMethod, off_session: true, confirm: true });
    expectFields(pi, ["id", "object", "allowed_payment_method_types", "amount", "amount_capturable", "amount_received", "application", "application_fee_amount", "automatic_payment_methods", "canceled_at", "cancellation_reason", "capture_method", "client_secret", "confirmation_method", "created", "currency", "customer", "customer_account", "description", "excluded_payment_method_types", "last_payment_error", "latest_charge", "livemode", "managed_payments", "metadata", "next_action", "on_behalf_of", "payment_method", "payment_method_configuration_details", "payment_method_options", "payment_method_types", "payment_record", "processing", "receipt_email", "review", "setup_future_usage", "shipping", "source", "statement_descriptor", "statement_descriptor_suffix", "status", "transfer_group"]);

    const charge: Stripe.Charge = await salon.charges.retrieve(pi.latest_charge as string);
    expectFields(charge, ["id", "object", "amount", "amount_captured", "amount_refunded", "application", "application_fee", "application_fee_amount", "balance_transaction", "billing_details", "calculated_statement_descriptor", "captured", "created", "currency", "customer", "description", "disputed", "failure_balance_transaction", "failure_code", "failure_message", "fraud_details", "livemode", "metadata", "on_behalf_of", "outcome", "paid", "payment_intent", "payment_method", "payment_method_details", "receipt_email", "receipt_number", "receipt_url", "refunded", "review", "shipping", "source", "source_transfer", "statement_descriptor", "statement_descriptor_suffix", "status", "transfer_data", "transfer_group"]);

    const dispute: Stripe.Dispute = (await salon.disputes.list({ charge: charge.id })).data[0] as Stripe.Dispute;
    expectFields(dispute, ["id", "object", "amount", "balance_transactions", "charge", "created", "currency", "enhanced_eligibility_types", "evidence", "evidence_details", "intended_submission_method", "is_charge_refundable", "livemode", "metadata", "payment_intent", "reason", "status"]);

    const plain = await salon.paymentIntents.create({ amount: 3000, currency: "gbp", customer: customer.id, payment_method: "pm_card_visa", confirm: true });
    const refund: Stripe.Refund = await salon.refunds.create({ payment_intent: plain.id, amount: 100 });
    expectFields(refund, ["id", "object", "amount", "balance_transaction", "charge", "created", "currency", "customer", "customer_account", "metadata", "payment_intent", "payment_method", "reason", "receipt_number", "source_transfer_reversal", "status", "transfer_reversal"]);

    const session: Stripe.Checkout.Session = await salon.checkout.sessions.retrieve(setupSession.id, { expand: ["line_items"] });
    expectFields(session, ["id", "object", "adaptive_pricing", "after_expiration", "allow_promotion_codes", "allowed_payment_method_types", "amount_subtotal", "amount_total", "automatic_tax", "billing_address_collection", "cancel_url", "client_reference_id", "client_secret", "collected_information", "consent", "consent_collection", "created", "currency", "currency_conversion", "custom_fields", "custom_text", "customer", "customer_account", "customer_creation", "customer_details", "customer_email", "discounts", "expires_at", "integration_identifier", "invoice", "invoice_creation", "livemode", "locale", "managed_payments", "metadata", "mode", "origin_context", "payment_intent", "payment_link", "payment_method_collection", "payment_method_configuration_details", "payment_method_options", "payment_method_types", "payment_status", "permissions", "recovered_from", "saved_payment_method_options", "setup_intent", "shipping_address_collection", "shipping_cost", "shipping_options", "status", "submit_type", "subscription", "success_url", "total_details", "ui_mode", "url", "wallet_options"]);
    expect(session.line_items?.object).toBe("list");

    const paySession = await salon.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 1200, product_data: { name: "Item" } } }],
      success_url: "https://a.example/",
    });
    const items = await salon.checkout.sessions.listLineItems(paySession.id);
    const li: Stripe.LineItem = items.data[0] as Stripe.LineItem;
    expectFields(li, ["id", "object", "adjustable_quantity", "amount_discount", "amount_subtotal", "amount_tax", "amount_total", "currency", "description", "metadata", "price", "quantity"]);

    const event: Stripe.Event = (await salon.events.list({ limit: 1 })).data[0] as Stripe.Event;
    expectFields(event, ["id", "object", "account", "api_version", "created", "data", "livemode", "pending_webhooks", "request", "type"]);

    const list: Stripe.ApiList<Stripe.Customer> = await salon.customers.list();
    expectFields(list, ["object", "data", "has_more", "url"]);
  });

  it("expands checkout.payment_intent, setup_intent and payment_intent.latest_charge", async () => {
    const session = await salon.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 1200, product_data: { name: "Item" } } }],
      success_url: "https://a.example/",
    });
    await h.emulator.completeCheckout(session.id);
    const expanded = await salon.checkout.sessions.retrieve(session.id, { expand: ["payment_intent.latest_charge", "payment_intent.payment_method"] });
    const pi = expanded.payment_intent as Stripe.PaymentIntent;
    expect((pi.latest_charge as Stripe.Charge).object).toBe("charge");
    expect((pi.payment_method as Stripe.PaymentMethod).object).toBe("payment_method");
    const list = await salon.paymentIntents.list({ expand: ["data.latest_charge"], limit: 1 });
    expect((list.data[0]?.latest_charge as Stripe.Charge).object).toBe("charge");
    await expect(salon.checkout.sessions.retrieve(session.id, { expand: ["nonsense"] })).rejects.toThrow(/cannot be expanded/);
  });
});
