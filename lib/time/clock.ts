// The one source of "now" for domain code and pages, so tests move time instead of sleeping
// (a review window ending, a hold expiring, a session going idle).

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

const holder = globalThis as unknown as { __stillwaterClock?: Clock };

/** The current instant by the active clock. */
export function now(): Date {
  return (holder.__stillwaterClock ?? systemClock).now();
}

/** Tests only: make `now()` answer from `clock` until `restoreSystemClock()`. */
export function setClock(clock: Clock): void {
  holder.__stillwaterClock = clock;
}

export function restoreSystemClock(): void {
  holder.__stillwaterClock = undefined;
}

export type ManualClock = Clock & { set(at: Date | string | number): void; advance(ms: number): void };

/** A clock that stands still until told to move. */
export function manualClock(start: Date | string | number): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
