import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { createNonce, securityHeaders } from "@/lib/security/headers";
import { BODY_TOO_LARGE, exceedsBodyLimit, refuseByHeaders, refusalResponse } from "@/lib/security/request-guards";

// Every page, route handler and server action passes here: security headers with a fresh CSP
// nonce, and early 413/403 answers for what Next would otherwise turn into a 500 or a reset.
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const { NODE_ENV, APP_URL } = env();
  const nonce = createNonce();
  const headers = securityHeaders({ nonce, isDev: NODE_ENV === "development", appUrl: APP_URL, pathname, hasToken: searchParams.has("token") });

  let refusal = refuseByHeaders(request.method, pathname, request.headers);
  // A chunked body has no Content-Length: count it. Next hands the proxy a copy of the body
  // and keeps its own for the route (capped by proxyClientMaxBodySize in next.config.ts).
  if (!refusal && request.body && !request.headers.has("content-length") && (await exceedsBodyLimit(request.body))) {
    refusal = BODY_TOO_LARGE;
  }
  if (refusal) return refusalResponse(refusal, pathname, headers);

  // Next finds the nonce in the request's CSP header and puts it on its scripts and styles.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's build assets (next.config.ts headers() covers those). Unlike the
  // docs' example, API routes stay in (413s, no-referrer on the email sign-in callback), and so
  // do router prefetches: a `missing` prefetch-header rule would let any POST that adds the
  // header skip the 403/413 answers above.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
