import { randomTail } from "../core/ids";
import type { EmulatorEvent } from "../core/state";
import { postWebhook } from "./send";
import { signatureHeader } from "./signing";

// The webhook delivery queue. Events are delivered one at a time in the order they happened;
// a failing event is retried with exponential backoff and holds back later events for the
// same object only (so a poisoned payment does not stall every other salon). The queue is
// part of the persisted file, so deliveries owed survive a restart.

export interface WebhookEndpoint {
  url: string;
  secret: string;
}

export interface WebhookRetry {
  attempts: number;
  baseDelayMs: number;
}

/** Test mode: every event delivered `duplicates` times; `shuffle` drops ordering altogether. */
export interface WebhookMode {
  duplicates: number;
  shuffle: boolean;
}

export interface QueuedDelivery {
  id: string;
  event_id: string;
  type: string;
  order_key: string;
  payload: string;
  attempts: number;
  /** Wall-clock ms: backoff is real time, independent of the emulator's clock. */
  next_attempt_at: number;
  last_error: string | null;
}

export interface DeliveryLogEntry {
  event_id: string;
  type: string;
  attempt: number;
  ok: boolean;
  status: number | null;
  error: string | null;
  at: number;
}

export interface FlushResult {
  drained: boolean;
  pending: number;
  paused: boolean;
}

const LOG_LIMIT = 500;

export class WebhookQueue {
  queue: QueuedDelivery[] = [];
  readonly log: DeliveryLogEntry[] = [];
  paused = false;
  mode: WebhookMode = { duplicates: 1, shuffle: false };
  private inFlight: { delivery: QueuedDelivery; abort: AbortController; done: Promise<void> } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private waiters = new Set<() => void>();

  constructor(
    public endpoint: WebhookEndpoint | null,
    private readonly retry: WebhookRetry,
    private readonly onChange: () => void,
    private readonly warn: (message: string) => void,
  ) {}

  enqueue(event: EmulatorEvent): void {
    if (!this.endpoint) return;
    const payload = JSON.stringify(event, null, 2);
    const copies = Math.max(1, Math.floor(this.mode.duplicates));
    for (let i = 0; i < copies; i++) {
      this.queue.push({
        id: `whd_${randomTail(16)}`,
        event_id: event.id,
        type: event.type,
        order_key: String(event.data.object.id ?? event.id),
        payload,
        attempts: 0,
        next_attempt_at: 0,
        last_error: null,
      });
    }
    this.schedule(0);
  }

  setEndpoint(endpoint: WebhookEndpoint | null): void {
    this.endpoint = endpoint;
    if (!endpoint) this.queue = []; // nowhere to deliver: owed deliveries are dropped
    this.onChange();
    this.schedule(0);
  }

  setMode(mode: Partial<WebhookMode>): void {
    this.mode = {
      duplicates: mode.duplicates !== undefined ? Math.max(1, Math.floor(mode.duplicates)) : this.mode.duplicates,
      shuffle: mode.shuffle ?? this.mode.shuffle,
    };
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.schedule(0);
  }

  clear(): void {
    this.queue = [];
    this.log.length = 0;
    this.mode = { duplicates: 1, shuffle: false };
    this.paused = false;
    this.notify();
  }

  pending(): number {
    return this.queue.length;
  }

  /** Resolves once nothing is owed (or in flight), or after timeoutMs. Returns at once while paused. */
  flush(timeoutMs = 10_000): Promise<FlushResult> {
    const result = (): FlushResult => ({ drained: this.queue.length === 0, pending: this.queue.length, paused: this.paused });
    if (this.queue.length === 0 || this.paused || !this.endpoint) return Promise.resolve(result());
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timeout);
        this.waiters.delete(check);
        resolve(result());
      };
      const check = () => {
        if (this.queue.length === 0 || this.paused) finish();
      };
      const timeout = setTimeout(finish, timeoutMs);
      this.waiters.add(check);
      this.schedule(0);
    });
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops delivering; an attempt in flight is aborted and stays queued for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const current = this.inFlight;
    if (current) {
      current.abort.abort();
      await current.done;
    }
    for (const w of [...this.waiters]) w();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, Math.max(0, delayMs));
    this.timer.unref?.();
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private pickNext(now: number): { next: QueuedDelivery | null; wakeAt: number | null } {
    let wakeAt: number | null = null;
    const blocked = new Set<string>();
    const ready: QueuedDelivery[] = [];
    for (const d of this.queue) {
      // Per-object order: an earlier delivery for the same object (even one backing off) goes first.
      if (!this.mode.shuffle && blocked.has(d.order_key)) continue;
      blocked.add(d.order_key);
      if (d.next_attempt_at <= now) ready.push(d);
      else wakeAt = wakeAt === null ? d.next_attempt_at : Math.min(wakeAt, d.next_attempt_at);
    }
    if (ready.length === 0) return { next: null, wakeAt };
    const next = this.mode.shuffle ? (ready[Math.floor(Math.random() * ready.length)] as QueuedDelivery) : (ready[0] as QueuedDelivery);
    return { next, wakeAt };
  }

  private pump(): void {
    if (this.stopped || this.paused || !this.endpoint || this.inFlight) return;
    const now = Date.now();
    const { next, wakeAt } = this.pickNext(now);
    if (!next) {
      if (wakeAt !== null) this.schedule(wakeAt - now);
      return;
    }
    const endpoint = this.endpoint;
    const abort = new AbortController();
    const done = this.deliver(next, endpoint, abort.signal).finally(() => {
      this.inFlight = null;
      this.notify();
      this.schedule(0);
    });
    this.inFlight = { delivery: next, abort, done };
  }

  private async deliver(d: QueuedDelivery, endpoint: WebhookEndpoint, signal: AbortSignal): Promise<void> {
    const headers = {
      "Stripe-Signature": signatureHeader(d.payload, endpoint.secret, Math.floor(Date.now() / 1000)),
      "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    };
    const result = await postWebhook(endpoint.url, d.payload, headers, signal);
    if (signal.aborted) return; // shutting down: not an attempt, deliver after restart
    d.attempts += 1;
    this.record({ event_id: d.event_id, type: d.type, attempt: d.attempts, ok: result.ok, status: result.status ?? null, error: result.error ?? null, at: Date.now() });
    if (result.ok) {
      this.remove(d);
    } else if (d.attempts >= this.retry.attempts) {
      this.remove(d);
      this.warn(`[stripe-emulator] webhook ${d.event_id} (${d.type}) dropped after ${d.attempts} attempts: ${result.error ?? "failed"}`);
    } else {
      d.last_error = result.error ?? "failed";
      d.next_attempt_at = Date.now() + this.retry.baseDelayMs * 2 ** (d.attempts - 1);
    }
    this.onChange();
  }

  private remove(d: QueuedDelivery): void {
    const i = this.queue.indexOf(d);
    if (i !== -1) this.queue.splice(i, 1);
  }

  private record(entry: DeliveryLogEntry): void {
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }
}
