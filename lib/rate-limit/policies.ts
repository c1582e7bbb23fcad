import { AppError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { describeWait } from "./describe-wait";
import { consumeRateLimit, resetRateLimit, type RateLimitRule } from "./consume";
import { now as clockNow } from "@/lib/time/clock";

// What is limited, and how hard. Keys are namespaced by what they count; emails are
// lower-cased by the schemas before they get here.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const RATE_LIMITS = {
  /** Wrong or right, every password attempt for one account. Reset by a successful sign-in. */
  signInAccount: { limit: 10, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: HOUR },
  /** Every password attempt from one address (an office shares one). */
  signInIp: { limit: 30, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: HOUR },
  /** Sign-in emails to one address. */
  emailLinkAddress: { limit: 5, windowMs: HOUR, baseDelayMs: 5 * MINUTE, maxDelayMs: 6 * HOUR },
  /** Sign-in emails requested from one address. */
  emailLinkIp: { limit: 20, windowMs: HOUR, baseDelayMs: 5 * MINUTE, maxDelayMs: 6 * HOUR },
  /** Booking confirmations from one address. */
  bookingIp: { limit: 20, windowMs: HOUR, baseDelayMs: 5 * MINUTE, maxDelayMs: 6 * HOUR },
  /** Staff invitations (new or resent) one salon sends: an owner's account cannot become a mailer. */
  staffInviteSalon: { limit: 20, windowMs: HOUR, baseDelayMs: 5 * MINUTE, maxDelayMs: 6 * HOUR },
  /** Staff invitations from one salon to one address (keyed by both, so no salon can block another's). */
  staffInviteAddress: { limit: 5, windowMs: 24 * HOUR, baseDelayMs: HOUR, maxDelayMs: 24 * HOUR },
} satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;
export type RateLimitCheck = { name: RateLimitName; subject: string };

export function rateLimitKey({ name, subject }: RateLimitCheck): string {
  return `${name}:${subject}`;
}

/**
 * Counts one attempt against every check; throws RATE_LIMITED (with the longest wait) when any
 * of them is over its limit. All checks count, so a blocked caller cannot probe another key.
 */
export async function enforceRateLimits(checks: RateLimitCheck[], now: Date = clockNow()): Promise<void> {
  const results = await Promise.all(checks.map((check) => consumeRateLimit(rateLimitKey(check), ruleFor(check.name), now)));
  const waits = results.flatMap((r) => (r.allowed ? [] : [r.retryAfterMs]));
  if (waits.length > 0) {
    const retryAfterSeconds = Math.ceil(Math.max(...waits) / 1000);
    throw new AppError("RATE_LIMITED", `Too many attempts. Please try again in ${describeWait(retryAfterSeconds)}.`, undefined, { retryAfterSeconds });
  }
}

const PER_ADDRESS: ReadonlySet<RateLimitName> = new Set(["signInIp", "emailLinkIp", "bookingIp"]);

function ruleFor(name: RateLimitName): RateLimitRule {
  const rule = RATE_LIMITS[name];
  return PER_ADDRESS.has(name) ? { ...rule, limit: rule.limit * env().IP_RATE_LIMIT_FACTOR } : rule;
}

export async function clearRateLimit(check: RateLimitCheck): Promise<void> {
  await resetRateLimit(rateLimitKey(check));
}
