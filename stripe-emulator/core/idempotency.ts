import type { Emulator } from "./emulator";
import { idempotencyError } from "./errors";

// Stripe's idempotency: a POST with an Idempotency-Key is executed at most once per (account,
// key). The stored status and body are replayed for the same endpoint and parameters; anything
// else with that key is an idempotency_error. Like Stripe, results are only stored once the
// endpoint started executing: 2xx, card errors (402) and server errors, not requests rejected
// as invalid (400/404), which may be retried with the same key after fixing them.
//
// Concurrent requests with one key: the later one waits for the first to finish and then gets
// its stored result (never a second execution).

export interface ApiResult {
  status: number;
  body: string;
  requestId: string;
  replayed?: boolean;
}

const inFlight = new WeakMap<Emulator, Map<string, Promise<void>>>();

function storable(status: number): boolean {
  return (status >= 200 && status < 300) || status === 402 || status >= 500;
}

export async function withIdempotency(
  em: Emulator,
  opts: { key: string; scopeKey: string; endpoint: string; params: string },
  execute: () => ApiResult,
): Promise<ApiResult> {
  const recordKey = `${opts.scopeKey}\u0000${opts.key}`;
  let running = inFlight.get(em);
  if (!running) {
    running = new Map();
    inFlight.set(em, running);
  }
  while (running.has(recordKey)) await running.get(recordKey);

  const existing = em.state.idempotency[recordKey];
  if (existing) {
    if (existing.endpoint !== opts.endpoint) {
      throw idempotencyError(
        `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${existing.endpoint}' vs '${opts.endpoint}'). Try using a key other than '${opts.key}' if you meant to execute a different request.`,
      );
    }
    if (existing.params !== opts.params) {
      throw idempotencyError(
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${opts.key}' if you meant to execute a different request.`,
      );
    }
    return { status: existing.status, body: existing.body, requestId: existing.request_id, replayed: true };
  }

  let release!: () => void;
  running.set(recordKey, new Promise<void>((r) => (release = r)));
  try {
    const result = execute();
    if (storable(result.status)) {
      em.state.idempotency[recordKey] = {
        endpoint: opts.endpoint,
        params: opts.params,
        status: result.status,
        body: result.body,
        request_id: result.requestId,
        created: em.now(),
      };
      em.commit();
    }
    return result;
  } finally {
    running.delete(recordKey);
    release();
  }
}
