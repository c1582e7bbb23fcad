import type { IncomingMessage, ServerResponse } from "node:http";
import type Stripe from "stripe";
import { validateCardInput, type CardField } from "../cards/test-cards";
import type { Emulator } from "../core/emulator";
import { formatAmount } from "../core/money";
import { PLATFORM } from "../core/state";
import { parseForm, type FormObject } from "../http/form";
import { readBody, redirect, sendHtml } from "../http/respond";
import { Router } from "../http/router";
import { answerCheckoutChallenge, submitCheckoutCard, successRedirect, type CheckoutOutcome } from "../payments/checkout-flow";
import { finishPaymentAuthentication } from "../payments/charge-attempt";
import { finishSetupAuthentication } from "../payments/setup-attempt";
import { completeOnboarding } from "../resources/accounts";
import { renderChallengePage, renderCheckoutPage, type CheckoutView } from "./checkout-page";
import { messagePage } from "./html";

// Browser-facing pages: hosted Checkout, 3-D Secure challenges, Connect onboarding.
// No API key here, as on Stripe: the unguessable id in the URL is the credential.

type PageHandler = (em: Emulator, req: IncomingMessage, res: ServerResponse, params: Record<string, string>, url: URL) => Promise<void>;

export function merchantName(em: Emulator, scopeKey: string): string {
  if (scopeKey === PLATFORM) return "Stripe emulator (platform)";
  const account = em.state.accounts[scopeKey];
  return account?.business_profile?.name || account?.settings?.dashboard?.display_name || account?.email || scopeKey;
}

function str(form: FormObject, key: string): string {
  const v = form[key];
  return typeof v === "string" ? v : "";
}

function findSession(em: Emulator, id: string): { scopeKey: string; session: Stripe.Checkout.Session } | null {
  const scopeKey = em.state.index[id];
  if (!scopeKey || !id.startsWith("cs_")) return null;
  const session = em.find(scopeKey, "checkout_sessions", id);
  return session ? { scopeKey, session } : null;
}

function view(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session, extra: Partial<CheckoutView> = {}): CheckoutView {
  return { session, merchant: merchantName(em, scopeKey), lineItems: em.scope(scopeKey).internal.line_items[session.id] ?? [], ...extra };
}

function describe(session: Stripe.Checkout.Session): string {
  return session.mode === "setup" ? "Saving your card" : formatAmount(session.amount_total ?? 0, session.currency ?? "usd");
}

function closedPage(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session): { status: number; html: string } {
  const merchant = merchantName(em, scopeKey);
  if (session.status === "complete") {
    const next = successRedirect(session);
    return {
      status: 200,
      html: messagePage(
        session.mode === "setup" ? "Card saved" : "Payment complete",
        `This checkout session with ${merchant} is already complete.`,
        next ? { href: next, label: `Continue to ${merchant}` } : undefined,
      ),
    };
  }
  return {
    status: 410,
    html: messagePage("This checkout session has expired", `The payment page for ${merchant} is no longer available. Go back and start again.`, session.cancel_url ? { href: session.cancel_url, label: "← Back" } : undefined),
  };
}

function pendingChallenge(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session): string | null {
  const intent = (session.mode === "payment" ? session.payment_intent : session.setup_intent) as string | null;
  const pending = intent ? em.scope(scopeKey).internal.pending_auth[intent] : undefined;
  return pending?.session === session.id ? pending.attempt : null;
}

/** Turns a checkout outcome into the page (or redirect) the browser gets. */
function respondOutcome(em: Emulator, scopeKey: string, res: ServerResponse, outcome: CheckoutOutcome, values?: CheckoutView["values"]): void {
  const { session } = outcome;
  switch (outcome.kind) {
    case "complete": {
      const next = successRedirect(session);
      if (next) return redirect(res, 303, next);
      const done = closedPage(em, scopeKey, session);
      return sendHtml(res, done.status, done.html);
    }
    case "challenge":
      return sendHtml(res, 200, renderChallengePage({ action: `/checkout/${session.id}/authenticate`, attempt: outcome.attempt, merchant: merchantName(em, scopeKey), description: describe(session) }));
    case "declined":
      return sendHtml(res, 402, renderCheckoutPage(view(em, scopeKey, session, { error: outcome.message, values: { ...values, cvc: "" } })));
    case "closed": {
      const closed = closedPage(em, scopeKey, session);
      return sendHtml(res, closed.status, closed.html);
    }
  }
}

const showCheckout: PageHandler = async (em, _req, res, params) => {
  const found = findSession(em, params.id as string);
  if (!found) return sendHtml(res, 404, messagePage("Checkout session not found", "This payment link is not valid. Check the address or start again from the booking page."));
  const { scopeKey, session } = found;
  if (session.status !== "open") {
    const closed = closedPage(em, scopeKey, session);
    return sendHtml(res, closed.status, closed.html);
  }
  const attempt = pendingChallenge(em, scopeKey, session);
  if (attempt) {
    return sendHtml(res, 200, renderChallengePage({ action: `/checkout/${session.id}/authenticate`, attempt, merchant: merchantName(em, scopeKey), description: describe(session) }));
  }
  sendHtml(res, 200, renderCheckoutPage(view(em, scopeKey, session)));
};

const submitCheckout: PageHandler = async (em, req, res, params) => {
  const form = parseForm(await readBody(req));
  const found = findSession(em, params.id as string);
  if (!found) return sendHtml(res, 404, messagePage("Checkout session not found", "This payment link is not valid."));
  const { scopeKey, session } = found;
  if (session.status === "complete" && successRedirect(session)) return redirect(res, 303, successRedirect(session) as string); // a double-clicked Pay
  const values = { card_number: str(form, "card_number"), expiry: str(form, "expiry"), cvc: str(form, "cvc"), email: str(form, "email").trim(), test_card: str(form, "test_card") };
  const usingTestCard = values.card_number.trim() === "" && values.test_card !== "";
  const year = em.nowDate().getUTCFullYear();
  const checked = validateCardInput(
    {
      number: usingTestCard ? values.test_card : values.card_number,
      expiry: values.expiry.trim() || (usingTestCard ? `12/${(year + 3) % 100}` : ""),
      cvc: values.cvc.trim() || (usingTestCard ? "123" : ""),
    },
    em.nowDate(),
  );
  const fieldErrors: Partial<Record<CardField | "email", string>> = checked.ok ? {} : { ...checked.errors };
  if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) fieldErrors.email = "Your email address is invalid.";
  if (!checked.ok || fieldErrors.email) {
    return sendHtml(res, 400, renderCheckoutPage(view(em, scopeKey, session, { fieldErrors, values, error: "Check the highlighted fields." })));
  }
  const outcome = submitCheckoutCard(em, scopeKey, session, { card: checked.card, email: values.email || null });
  em.runDeferred();
  em.commit();
  respondOutcome(em, scopeKey, res, outcome, values);
};

const answerChallenge: PageHandler = async (em, req, res, params) => {
  const form = parseForm(await readBody(req));
  const found = findSession(em, params.id as string);
  if (!found) return sendHtml(res, 404, messagePage("Checkout session not found", "This payment link is not valid."));
  const { scopeKey, session } = found;
  const outcome = answerCheckoutChallenge(em, scopeKey, session, str(form, "attempt"), str(form, "result") === "complete");
  if (!outcome) {
    return sendHtml(res, 409, renderCheckoutPage(view(em, scopeKey, session, { notice: "That authentication was already handled. Enter your card again to retry." })));
  }
  em.runDeferred();
  em.commit();
  respondOutcome(em, scopeKey, res, outcome);
};

/** 3-D Secure for a PaymentIntent/SetupIntent confirmed through the API (next_action.redirect_to_url). */
function findIntent(em: Emulator, id: string) {
  const scopeKey = em.state.index[id];
  if (!scopeKey) return null;
  const intent = id.startsWith("pi_") ? em.find(scopeKey, "payment_intents", id) : id.startsWith("seti_") ? em.find(scopeKey, "setup_intents", id) : undefined;
  const pending = em.scope(scopeKey).internal.pending_auth[id];
  return intent ? { scopeKey, intent, pending } : null;
}

const showAuthentication: PageHandler = async (em, _req, res, params) => {
  const found = findIntent(em, params.id as string);
  if (!found) return sendHtml(res, 404, messagePage("Not found", "There is nothing to authenticate at this address."));
  const { scopeKey, intent, pending } = found;
  if (!pending) return sendHtml(res, 409, messagePage("Nothing to authenticate", "This payment is not waiting for authentication."));
  if (pending.session) return redirect(res, 302, `/checkout/${pending.session}`);
  const description = intent.object === "payment_intent" ? formatAmount(intent.amount, intent.currency) : "Saving your card";
  sendHtml(res, 200, renderChallengePage({ action: `/authenticate/${intent.id}`, attempt: pending.attempt, merchant: merchantName(em, scopeKey), description }));
};

const answerAuthentication: PageHandler = async (em, req, res, params) => {
  const form = parseForm(await readBody(req));
  const found = findIntent(em, params.id as string);
  if (!found || !found.pending || found.pending.attempt !== str(form, "attempt")) {
    return sendHtml(res, 409, messagePage("Nothing to authenticate", "This authentication was already handled or has been replaced."));
  }
  const { scopeKey, intent, pending } = found;
  const ok = str(form, "result") === "complete";
  const result =
    intent.object === "payment_intent"
      ? finishPaymentAuthentication(em, scopeKey, intent, ok, { offSession: false, returnUrl: pending.return_url, session: null })
      : finishSetupAuthentication(em, scopeKey, intent, ok, { session: null });
  em.runDeferred();
  em.commit();
  const succeeded = result.status === "succeeded";
  if (pending.return_url) {
    const target = new URL(pending.return_url);
    const kind = intent.object === "payment_intent" ? "payment_intent" : "setup_intent";
    target.searchParams.set(kind, intent.id);
    if (intent.client_secret) target.searchParams.set(`${kind}_client_secret`, intent.client_secret);
    target.searchParams.set("redirect_status", succeeded ? "succeeded" : "failed");
    return redirect(res, 303, target.toString());
  }
  sendHtml(res, 200, messagePage(succeeded ? "Authentication complete" : "Authentication failed", succeeded ? "You can close this page." : "The payment was not authenticated."));
};

const onboard: PageHandler = async (em, _req, res, params) => {
  const link = em.state.account_links[params.id as string];
  if (!link) return sendHtml(res, 404, messagePage("Link not found", "This onboarding link is not valid."));
  // Stripe's links are single-use and short-lived; a spent one sends the user to refresh_url for a new one.
  if (link.used || link.expires_at < em.now()) return redirect(res, 302, link.refresh_url);
  link.used = true;
  const account = em.state.accounts[link.account];
  if (account) completeOnboarding(em, account);
  em.commit();
  redirect(res, 302, link.return_url);
};

export const hostedRouter = new Router<PageHandler>()
  .add("GET", "/checkout/:id", showCheckout)
  .add("POST", "/checkout/:id", submitCheckout)
  .add("POST", "/checkout/:id/authenticate", answerChallenge)
  .add("GET", "/authenticate/:id", showAuthentication)
  .add("POST", "/authenticate/:id", answerAuthentication)
  .add("GET", "/connect/onboard/:id", onboard);
