import type Stripe from "stripe";
import { TEST_CARDS, type CardField } from "../cards/test-cards";
import { formatAmount } from "../core/money";
import { esc, page } from "./html";

// The hosted Checkout page and its 3-D Secure challenge.

export interface CheckoutView {
  session: Stripe.Checkout.Session;
  merchant: string;
  lineItems: Stripe.LineItem[];
  error?: string | null;
  notice?: string | null;
  fieldErrors?: Partial<Record<CardField | "email", string>>;
  values?: { card_number?: string; expiry?: string; cvc?: string; email?: string; test_card?: string };
}

function groupDigits(n: string): string {
  return n.replace(/(\d{4})(?=\d)/g, "$1 ");
}

function field(opts: {
  id: string;
  name: string;
  label: string;
  value?: string;
  error?: string;
  autocomplete: string;
  inputmode?: string;
  type?: string;
  placeholder?: string;
  hint?: string;
}): string {
  const described = [opts.hint ? `${opts.id}-hint` : "", opts.error ? `${opts.id}-error` : ""].filter(Boolean).join(" ");
  return `<label for="${opts.id}">${esc(opts.label)}</label>
<input type="${opts.type ?? "text"}" id="${opts.id}" name="${opts.name}" value="${esc(opts.value ?? "")}" autocomplete="${opts.autocomplete}"${opts.inputmode ? ` inputmode="${opts.inputmode}"` : ""}${opts.placeholder ? ` placeholder="${esc(opts.placeholder)}"` : ""}${described ? ` aria-describedby="${described}"` : ""}${opts.error ? ' aria-invalid="true"' : ""}>
${opts.hint ? `<p class="hint" id="${opts.id}-hint">${esc(opts.hint)}</p>` : ""}${opts.error ? `<p class="field-error" id="${opts.id}-error">${esc(opts.error)}</p>` : ""}`;
}

function summary(v: CheckoutView): string {
  const s = v.session;
  if (s.mode === "setup") {
    return `<section class="card" aria-labelledby="summary-title">
<h2 id="summary-title">Save your card for later charges</h2>
<p>You won't be charged now. ${esc(v.merchant)} can charge this card later, as agreed with you.</p>
</section>`;
  }
  const currency = s.currency ?? "usd";
  const items = v.lineItems
    .map((li) => `<li><span>${esc(li.description)}${(li.quantity ?? 1) > 1 ? ` × ${li.quantity}` : ""}</span><span>${esc(formatAmount(li.amount_total, currency))}</span></li>`)
    .join("\n");
  return `<section class="card" aria-labelledby="summary-title">
<h2 id="summary-title">Pay ${esc(v.merchant)}</h2>
<p class="amount">${esc(formatAmount(s.amount_total ?? 0, currency))}</p>
<ul class="items">${items}</ul>
<p class="total"><span>Total due</span><span>${esc(formatAmount(s.amount_total ?? 0, currency))}</span></p>
</section>`;
}

export function renderCheckoutPage(v: CheckoutView): string {
  const s = v.session;
  const errs = v.fieldErrors ?? {};
  const values = v.values ?? {};
  const needsEmail = !s.customer;
  const testCards = TEST_CARDS.map(
    (c, i) => `<label class="test-card" for="tc-${i}"><input type="radio" id="tc-${i}" name="test_card" value="${c.number}"${values.test_card === c.number ? " checked" : ""}><span><code>${groupDigits(c.number)}</code><span>${esc(c.label)}</span></span></label>`,
  ).join("\n");
  const submit = s.mode === "setup" ? "Save card" : `Pay ${formatAmount(s.amount_total ?? 0, s.currency ?? "usd")}`;
  const body = `<h1>${esc(v.merchant)}</h1>
${summary(v)}
${v.error ? `<div class="alert" role="alert">${esc(v.error)}</div>` : ""}
${v.notice ? `<div class="notice" role="status">${esc(v.notice)}</div>` : ""}
<form method="post" action="/checkout/${esc(s.id)}" novalidate>
${needsEmail ? field({ id: "email", name: "email", label: "Email (optional)", type: "email", value: values.email ?? s.customer_email ?? "", error: errs.email, autocomplete: "email" }) : ""}
${field({ id: "card-number", name: "card_number", label: "Card number", value: values.card_number, error: errs.number, autocomplete: "cc-number", inputmode: "numeric", placeholder: "1234 1234 1234 1234", hint: "Type a card number, or leave it empty and pick a test card below." })}
<div class="row">
<div>${field({ id: "expiry", name: "expiry", label: "Expiry (MM / YY)", value: values.expiry, error: errs.expiry, autocomplete: "cc-exp", inputmode: "numeric", placeholder: "MM / YY" })}</div>
<div>${field({ id: "cvc", name: "cvc", label: "CVC", value: values.cvc, error: errs.cvc, autocomplete: "cc-csc", inputmode: "numeric", placeholder: "123" })}</div>
</div>
<fieldset>
<legend>Stripe test cards</legend>
<p class="hint">With a test card picked and no card number typed, expiry and CVC may be left empty.</p>
${testCards}
</fieldset>
<button type="submit">${esc(submit)}</button>
</form>
${s.cancel_url ? `<a class="back" href="${esc(s.cancel_url)}">← Back</a>` : ""}`;
  return page(s.mode === "setup" ? `Save your card – ${v.merchant}` : `Pay ${v.merchant}`, body);
}

export function renderChallengePage(opts: { action: string; attempt: string; merchant: string; description: string }): string {
  const body = `<h1>Authenticate this payment</h1>
<section class="card">
<p><strong>${esc(opts.merchant)}</strong> · ${esc(opts.description)}</p>
<p>Your bank asks you to confirm it's you (3-D Secure). This is the emulator's test challenge: choose how the authentication ends.</p>
</section>
<form method="post" action="${esc(opts.action)}">
<input type="hidden" name="attempt" value="${esc(opts.attempt)}">
<button type="submit" name="result" value="complete">Complete</button>
<button type="submit" name="result" value="fail" class="secondary">Fail</button>
</form>`;
  return page("Authenticate this payment", body);
}
