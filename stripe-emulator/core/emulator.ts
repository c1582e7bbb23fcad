import { loadFile, saveFile } from "./persistence";
import { newId } from "./ids";
import { resourceMissing } from "./errors";
import { API_VERSION, PLATFORM, emptyScope, emptyState, type CollectionName, type EmulatorEvent, type Scope, type State } from "./state";
import { WebhookQueue, type WebhookEndpoint, type WebhookRetry } from "../webhooks/queue";

// The shared context every handler works on: state, clock, event log, persistence and the
// webhook queue. Handlers run synchronously once a request's body is read, so one request's
// changes are never interleaved with another's.

export interface EmulatorConfig {
  dataFile?: string;
  webhook: WebhookEndpoint | null;
  webhookRetry: WebhookRetry;
  publicUrl: string;
  checkoutPaymentIntent: "on_create" | "on_confirm";
  warn: (message: string) => void;
}

export interface RequestInfo {
  id: string | null;
  idempotency_key: string | null;
}

/** Stripe's names for each collection in "No such ..." messages. */
const KIND: Record<CollectionName, string> = {
  customers: "customer",
  payment_methods: "PaymentMethod",
  payment_intents: "payment_intent",
  setup_intents: "setupintent",
  charges: "charge",
  refunds: "refund",
  disputes: "dispute",
  checkout_sessions: "checkout.session",
  events: "event",
};

export class Emulator {
  state: State;
  readonly webhooks: WebhookQueue;
  /** The API request being handled, recorded on the events it causes. */
  request: RequestInfo = { id: null, idempotency_key: null };
  private deferred: Array<() => void> = [];

  constructor(readonly config: EmulatorConfig) {
    const loaded = config.dataFile ? loadFile(config.dataFile) : null;
    this.state = loaded?.state ?? emptyState();
    this.webhooks = new WebhookQueue(config.webhook, config.webhookRetry, () => this.commit(), config.warn);
    // Owed deliveries are retried straight away after a restart rather than on their old schedule.
    if (loaded) this.webhooks.queue = loaded.webhook_queue.map((d) => ({ ...d, next_attempt_at: 0 }));
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  /** The emulator's notion of now, in unix seconds (real time plus any test clock advance). */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.state.clock_offset;
  }

  nowDate(): Date {
    return new Date(this.now() * 1000);
  }

  scope(key: string): Scope {
    let s = this.state.scopes[key];
    if (!s) {
      s = emptyScope();
      this.state.scopes[key] = s;
    }
    return s;
  }

  put<C extends CollectionName>(scopeKey: string, collection: C, obj: Scope[C][string] & { id: string }): Scope[C][string] {
    (this.scope(scopeKey)[collection] as Record<string, unknown>)[obj.id] = obj;
    this.state.index[obj.id] = scopeKey;
    return obj;
  }

  find<C extends CollectionName>(scopeKey: string, collection: C, id: string): Scope[C][string] | undefined {
    return (this.scope(scopeKey)[collection] as Record<string, Scope[C][string]>)[id];
  }

  /** Finds or throws Stripe's 404, which is also what another account's object looks like. */
  get<C extends CollectionName>(scopeKey: string, collection: C, id: string, param = "id"): Scope[C][string] {
    const found = this.find(scopeKey, collection, id);
    if (!found) throw resourceMissing(KIND[collection], id, param);
    return found;
  }

  /** Records an event with a snapshot of the object as it is now, and queues its delivery. */
  emit(scopeKey: string, type: string, object: object, previous?: Record<string, unknown>): EmulatorEvent {
    const event: EmulatorEvent = {
      id: newId("evt"),
      object: "event",
      ...(scopeKey !== PLATFORM ? { account: scopeKey } : {}),
      api_version: API_VERSION,
      created: this.now(),
      data: { object: structuredClone(object) as Record<string, unknown>, ...(previous ? { previous_attributes: structuredClone(previous) } : {}) },
      livemode: false,
      pending_webhooks: this.webhooks.endpoint ? 1 : 0,
      request: { ...this.request },
      type,
    };
    this.put(scopeKey, "events", event);
    this.webhooks.enqueue(event);
    return event;
  }

  /** Work that happens "shortly after" the current operation (e.g. a test card's dispute). */
  defer(task: () => void): void {
    this.deferred.push(task);
  }

  runDeferred(): void {
    while (this.deferred.length > 0) {
      const task = this.deferred.shift() as () => void;
      task();
    }
  }

  /** Writes the whole state to the data file (if any). Called after every mutation. */
  commit(): void {
    if (!this.config.dataFile) return;
    this.pruneIdempotency();
    saveFile(this.config.dataFile, { format: "stripe-emulator", version: 1, state: this.state, webhook_queue: this.webhooks.queue });
  }

  reset(): void {
    this.state = emptyState();
    this.deferred = [];
    this.webhooks.clear();
    this.commit();
  }

  private pruneIdempotency(): void {
    // Stripe keeps idempotency keys for at least 24 hours.
    const cutoff = this.now() - 24 * 3600;
    for (const [k, rec] of Object.entries(this.state.idempotency)) if (rec.created < cutoff) delete this.state.idempotency[k];
  }
}
