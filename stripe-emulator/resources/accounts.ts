import type Stripe from "stripe";
import type { Emulator } from "../core/emulator";
import { invalidRequest, missingParam, resourceMissing } from "../core/errors";
import { newId, randomTail } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import { mergeMetadata, type Params } from "../core/params";
import { PLATFORM, type AccountLinkRecord } from "../core/state";
import type { ApiRequest } from "../http/api-request";

// Connect accounts live at the platform level (state.accounts); every other object lives in
// the scope of the account named by the Stripe-Account header.

const DUE_BEFORE_ONBOARDING = ["business_profile.mcc", "business_profile.url", "external_account", "representative.first_name", "tos_acceptance.date", "tos_acceptance.ip"];

const CURRENCY_BY_COUNTRY: Record<string, string> = { GB: "gbp", US: "usd", IE: "eur", FR: "eur", DE: "eur", ES: "eur", IT: "eur", NL: "eur", CA: "cad", AU: "aud" };

export interface AccountSeed {
  id?: string;
  type?: Stripe.Account.Type;
  country?: string;
  email?: string | null;
  business_name?: string | null;
  business_profile?: Partial<Stripe.Account.BusinessProfile>;
  metadata?: Record<string, string>;
  dashboard?: "full" | "express" | "none";
  onboarded?: boolean;
  charges_enabled?: boolean;
  payouts_enabled?: boolean;
}

function controllerFor(type: string): Stripe.Account.Controller {
  if (type === "express") {
    return { type: "application", is_controller: true, fees: { payer: "application_express" }, losses: { payments: "application" }, requirement_collection: "stripe", stripe_dashboard: { type: "express" } };
  }
  if (type === "custom" || type === "none") {
    return { type: "application", is_controller: true, fees: { payer: "application_custom" }, losses: { payments: "application" }, requirement_collection: "application", stripe_dashboard: { type: "none" } };
  }
  return { type: "application", is_controller: true, fees: { payer: "account" }, losses: { payments: "stripe" }, requirement_collection: "stripe", stripe_dashboard: { type: "full" } };
}

function requirements(onboarded: boolean): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: onboarded ? [] : [...DUE_BEFORE_ONBOARDING],
    disabled_reason: onboarded ? null : "requirements.past_due",
    errors: [],
    eventually_due: onboarded ? [] : [...DUE_BEFORE_ONBOARDING],
    past_due: onboarded ? [] : [...DUE_BEFORE_ONBOARDING],
    pending_verification: [],
  };
}

export function buildAccount(em: Emulator, seed: AccountSeed): Stripe.Account {
  const id = seed.id ?? newId("acct", 16);
  const onboarded = seed.onboarded ?? false;
  const type = seed.type ?? (seed.dashboard === "express" ? "express" : seed.dashboard === "none" ? "none" : "standard");
  const country = (seed.country ?? "GB").toUpperCase();
  const charges = seed.charges_enabled ?? onboarded;
  const payouts = seed.payouts_enabled ?? onboarded;
  const capability = charges ? "active" : "inactive";
  return {
    id,
    object: "account",
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: null,
      minority_owned_business_designation: null,
      name: seed.business_name ?? null,
      product_description: null,
      specified_commercial_transactions_act_url: null,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: null,
      ...seed.business_profile,
    },
    business_type: null,
    capabilities: { card_payments: capability, transfers: capability },
    charges_enabled: charges,
    controller: controllerFor(type),
    country,
    created: em.now(),
    default_currency: CURRENCY_BY_COUNTRY[country] ?? "usd",
    details_submitted: onboarded,
    email: seed.email ?? null,
    external_accounts: { object: "list", data: [], has_more: false, url: `/v1/accounts/${id}/external_accounts` },
    future_requirements: { ...requirements(true) },
    metadata: seed.metadata ?? {},
    payouts_enabled: payouts,
    requirements: requirements(onboarded),
    settings: null,
    tos_acceptance: { date: onboarded ? em.now() : null, ip: onboarded ? "127.0.0.1" : null, user_agent: null },
    type,
  };
}

/** Shallow diff for an *.updated event's previous_attributes. */
export function previousAttributes(before: object, after: object): Record<string, unknown> {
  const prev: Record<string, unknown> = {};
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of Object.keys(a)) if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) prev[key] = b[key] ?? null;
  return prev;
}

function emitAccountUpdated(em: Emulator, before: Stripe.Account, account: Stripe.Account): void {
  const prev = previousAttributes(before, account);
  if (Object.keys(prev).length > 0) em.emit(account.id, "account.updated", account, prev);
}

/** What the emulator's onboarding page does: the account can take payments and payouts. */
export function completeOnboarding(em: Emulator, account: Stripe.Account): void {
  const before = structuredClone(account);
  account.charges_enabled = true;
  account.payouts_enabled = true;
  account.details_submitted = true;
  account.capabilities = { ...account.capabilities, card_payments: "active", transfers: "active" };
  account.requirements = requirements(true);
  account.tos_acceptance = { ...account.tos_acceptance, date: em.now(), ip: "127.0.0.1" };
  emitAccountUpdated(em, before, account);
}

export function accountOrThrow(em: Emulator, id: string, param = "account"): Stripe.Account {
  const account = em.state.accounts[id];
  if (!account) throw resourceMissing("account", id, param);
  return account;
}

function businessProfile(p: Params | undefined): Partial<Stripe.Account.BusinessProfile> {
  if (!p) return {};
  const out: Partial<Stripe.Account.BusinessProfile> = {};
  for (const key of ["name", "url", "mcc", "product_description", "support_email", "support_phone", "support_url"] as const) {
    const v = p.nullableString(key, { max: 5000 });
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function typeFrom(p: Params): Stripe.Account.Type | undefined {
  const type = p.enum("type", ["standard", "express", "custom"] as const);
  if (type) return type;
  const dashboard = p.object("controller")?.object("stripe_dashboard")?.enum("type", ["full", "express", "none"] as const);
  if (dashboard === "full") return "standard";
  if (dashboard === "express") return "express";
  if (dashboard === "none") return "none";
  return undefined;
}

export function createAccount(em: Emulator, req: ApiRequest): Stripe.Account {
  const p = req.params(known.accountCreate);
  if (req.scopeKey !== PLATFORM) throw invalidRequest("Connected accounts cannot create accounts; call without the Stripe-Account header.");
  const country = p.string("country");
  if (country && !/^[A-Za-z]{2}$/.test(country)) throw invalidRequest(`Country '${country}' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or 'GB'.`, { param: "country" });
  const metadata = mergeMetadata({}, p.metadata());
  const account = buildAccount(em, {
    type: typeFrom(p),
    country,
    email: p.string("email") ?? null,
    business_profile: businessProfile(p.object("business_profile")),
    metadata,
  });
  const currency = p.string("default_currency");
  if (currency) account.default_currency = currency.toLowerCase();
  em.state.accounts[account.id] = account;
  return account;
}

export function retrieveAccount(em: Emulator, req: ApiRequest): Stripe.Account {
  req.params(known.retrieve);
  const id = req.pathParams.id ?? req.account;
  if (!id) return platformAccount(em);
  // From a connected account, only that account itself is visible.
  if (req.account && req.account !== id) throw resourceMissing("account", id);
  return accountOrThrow(em, id, "id");
}

function platformAccount(em: Emulator): Stripe.Account {
  return { ...buildAccount(em, { id: "acct_platform_emulator", business_name: "Stripe emulator platform", onboarded: true }), created: 0 };
}

export function updateAccount(em: Emulator, req: ApiRequest): Stripe.Account {
  const p = req.params(known.accountUpdate);
  const id = req.pathParams.id as string;
  if (req.account && req.account !== id) throw resourceMissing("account", id);
  const account = accountOrThrow(em, id, "id");
  const profile = businessProfile(p.object("business_profile"));
  const email = p.nullableString("email");
  const metadata = p.metadata();
  const before = structuredClone(account);
  if (email !== undefined) account.email = email;
  if (Object.keys(profile).length > 0) account.business_profile = { ...(account.business_profile as Stripe.Account.BusinessProfile), ...profile };
  if (metadata !== undefined) account.metadata = mergeMetadata(account.metadata, metadata);
  emitAccountUpdated(em, before, account);
  return account;
}

export function listAccounts(em: Emulator, req: ApiRequest) {
  const p = req.params(known.accountList);
  return listResponse(newestFirst(em.state.accounts), p, "/v1/accounts");
}

export function createAccountLink(em: Emulator, req: ApiRequest): Stripe.AccountLink {
  const p = req.params(known.accountLinkCreate);
  const accountId = p.string("account", { required: true }) as string;
  const type = p.enum("type", ["account_onboarding", "account_update"] as const, { required: true }) as string;
  const refresh = p.string("refresh_url");
  const ret = p.string("return_url");
  if (!ret) throw missingParam("return_url");
  if (!refresh) throw missingParam("refresh_url");
  for (const [param, url] of [["refresh_url", refresh], ["return_url", ret]] as const) {
    if (!/^https?:\/\//i.test(url)) throw invalidRequest(`Not a valid URL`, { param, code: "url_invalid" });
  }
  accountOrThrow(em, accountId);
  const link: AccountLinkRecord = {
    id: `al_${randomTail(24)}`,
    account: accountId,
    refresh_url: refresh,
    return_url: ret,
    type,
    created: em.now(),
    expires_at: em.now() + 300, // Stripe's links expire after a few minutes
    used: false,
  };
  em.state.account_links[link.id] = link;
  return { object: "account_link", created: link.created, expires_at: link.expires_at, url: `${em.publicUrl}/connect/onboard/${link.id}` };
}

/** Test control: a connected account with a chosen id, already onboarded unless told otherwise. */
export function ensureConnectedAccount(em: Emulator, seed: AccountSeed): Stripe.Account {
  if (seed.id) {
    if (!/^acct_[A-Za-z0-9_]+$/.test(seed.id)) throw invalidRequest("Account ids must look like acct_<letters, digits or _>.", { param: "id" });
    const existing = em.state.accounts[seed.id];
    if (existing) return existing;
  }
  const account = buildAccount(em, { ...seed, onboarded: seed.onboarded ?? true });
  em.state.accounts[account.id] = account;
  return account;
}
