import { ZSignInEmailSchema } from "./credentials";
import { enforceRateLimits, type RateLimitCheck } from "@/lib/rate-limit/policies";

// Which next-auth POSTs are limited, and under which keys: password attempts per account and
// per address, sign-in emails per recipient and per address.

export type AuthPost = { action: string; form: FormData | null; ip: string };

export function authRateLimitChecks({ action, form, ip }: AuthPost): RateLimitCheck[] {
  const email = ZSignInEmailSchema.safeParse({ email: form?.get("email") });
  const subject = email.success ? email.data.email : null;
  if (action === "callback/credentials") {
    return [{ name: "signInIp", subject: ip }, ...(subject ? [{ name: "signInAccount" as const, subject }] : [])];
  }
  if (action === "signin/email") {
    return [{ name: "emailLinkIp", subject: ip }, ...(subject ? [{ name: "emailLinkAddress" as const, subject }] : [])];
  }
  return [];
}

/** Counts the attempt; throws RATE_LIMITED when it is over a limit. */
export async function enforceAuthRateLimits(post: AuthPost): Promise<void> {
  const checks = authRateLimitChecks(post);
  if (checks.length > 0) await enforceRateLimits(checks);
}
