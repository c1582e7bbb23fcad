import * as accounts from "../resources/accounts";
import * as charges from "../resources/charges";
import * as checkout from "../resources/checkout-sessions";
import * as customers from "../resources/customers";
import * as disputes from "../resources/disputes";
import * as events from "../resources/events";
import * as paymentIntents from "../resources/payment-intents";
import * as paymentMethods from "../resources/payment-methods";
import * as refunds from "../resources/refunds";
import * as setupIntents from "../resources/setup-intents";
import type { ApiHandler } from "./api-request";
import { Router } from "./router";

// Every /v1 endpoint the emulator implements; anything else is Stripe's "Unrecognized request URL".
export const apiRouter = new Router<ApiHandler>()
  .add("GET", "/v1/account", accounts.retrieveAccount)
  .add("POST", "/v1/accounts", accounts.createAccount)
  .add("GET", "/v1/accounts", accounts.listAccounts)
  .add("GET", "/v1/accounts/:id", accounts.retrieveAccount)
  .add("POST", "/v1/accounts/:id", accounts.updateAccount)
  .add("POST", "/v1/account_links", accounts.createAccountLink)

  .add("POST", "/v1/customers", customers.createCustomer)
  .add("GET", "/v1/customers", customers.listCustomers)
  .add("GET", "/v1/customers/:id", customers.retrieveCustomer)
  .add("POST", "/v1/customers/:id", customers.updateCustomer)
  .add("GET", "/v1/customers/:id/payment_methods", paymentMethods.listCustomerPaymentMethods)

  .add("GET", "/v1/payment_methods", paymentMethods.listPaymentMethods)
  .add("GET", "/v1/payment_methods/:id", paymentMethods.retrievePaymentMethod)
  .add("POST", "/v1/payment_methods/:id/attach", paymentMethods.attachHandler)
  .add("POST", "/v1/payment_methods/:id/detach", paymentMethods.detachHandler)

  .add("POST", "/v1/checkout/sessions", checkout.createCheckoutSession)
  .add("GET", "/v1/checkout/sessions", checkout.listCheckoutSessions)
  .add("GET", "/v1/checkout/sessions/:id", checkout.retrieveCheckoutSession)
  .add("POST", "/v1/checkout/sessions/:id/expire", checkout.expireHandler)
  .add("GET", "/v1/checkout/sessions/:id/line_items", checkout.listLineItems)

  .add("POST", "/v1/payment_intents", paymentIntents.createPaymentIntent)
  .add("GET", "/v1/payment_intents", paymentIntents.listPaymentIntents)
  .add("GET", "/v1/payment_intents/:id", paymentIntents.retrievePaymentIntent)
  .add("POST", "/v1/payment_intents/:id", paymentIntents.updatePaymentIntent)
  .add("POST", "/v1/payment_intents/:id/confirm", paymentIntents.confirmHandler)
  .add("POST", "/v1/payment_intents/:id/cancel", paymentIntents.cancelHandler)

  .add("GET", "/v1/setup_intents", setupIntents.listSetupIntents)
  .add("GET", "/v1/setup_intents/:id", setupIntents.retrieveSetupIntent)

  .add("GET", "/v1/charges", charges.listCharges)
  .add("GET", "/v1/charges/:id", charges.retrieveCharge)

  .add("POST", "/v1/refunds", refunds.createRefund)
  .add("GET", "/v1/refunds", refunds.listRefunds)
  .add("GET", "/v1/refunds/:id", refunds.retrieveRefund)

  .add("GET", "/v1/disputes", disputes.listDisputes)
  .add("GET", "/v1/disputes/:id", disputes.retrieveDispute)

  .add("GET", "/v1/events", events.listEvents)
  .add("GET", "/v1/events/:id", events.retrieveEvent);
