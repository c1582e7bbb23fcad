import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { enforceAuthRateLimits } from "@/lib/auth/auth-rate-limits";
import { rateLimitedError } from "@/lib/auth/sign-in-errors";
import { isAppError } from "@/lib/errors/app-error";
import { clientIp } from "@/lib/http/client-ip";
import { env } from "@/lib/env";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

/** Password attempts and sign-in emails are counted first; over the limit, next-auth never runs. */
async function post(request: Request, context: Context) {
  const action = (await context.params).nextauth.join("/");
  const form = await request.clone().formData().catch(() => null);
  try {
    await enforceAuthRateLimits({ action, form, ip: clientIp(request.headers) });
  } catch (error) {
    if (!isAppError(error, "RATE_LIMITED")) throw error;
    const seconds = error.retryAfterSeconds ?? 60;
    // next-auth's client reads `url` and shows the sign-in page's error for it.
    const url = new URL(`/signin?error=${encodeURIComponent(rateLimitedError(seconds))}`, env().APP_URL).toString();
    return NextResponse.json({ url, error: error.message }, { status: 429, headers: { "Retry-After": String(seconds), "Cache-Control": "no-store" } });
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
