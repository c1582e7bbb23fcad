import { describeWait } from "@/lib/rate-limit/describe-wait";

// next-auth hands the sign-in page (and signIn() on the client) one `error` string. A rate
// limit travels as "RateLimited:<seconds>" so the page can say when to try again.

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  EmailSignin: "Please check your email address and try again.",
  StaffPasswordRequired: "The staff area needs your password: a sign-in link only opens your own bookings.",
  SessionEnded: "You were signed out. Please sign in again.",
};

export function rateLimitedError(retryAfterSeconds: number): string {
  return `RateLimited:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  const limited = /^RateLimited:(\d{1,7})$/.exec(error);
  if (limited) return `Too many attempts. For your security, please wait ${describeWait(Number(limited[1]))} and try again.`;
  return MESSAGES[error] ?? "Sign-in failed. Please try again.";
}
