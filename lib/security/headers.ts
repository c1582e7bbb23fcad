// The security headers every response carries. Pure: proxy.ts supplies the request's facts,
// next.config.ts asks for the subset that suits static assets (the proxy skips those).

export type THeaderInput = {
  /** Fresh per request; Next reads it back from the CSP request header and puts it on its scripts. */
  nonce: string;
  isDev: boolean;
  /** APP_URL: HSTS and upgrade-insecure-requests only make sense when we are served over https. */
  appUrl: string;
  pathname: string;
  /** Whether the URL carries a `token` query parameter (manage links, email sign-in callbacks). */
  hasToken: boolean;
};

export type THeaderMap = Record<string, string>;

// Only features Chromium recognises: an unknown one (e.g. bluetooth) logs a console warning per page.
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "midi=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
  // Ad-targeting APIs off (interest-cohort is FLoC's old name; Chromium still parses it).
  "browsing-topics=()",
  "interest-cohort=()",
  // Deposits will use the Payment Request API from our own pages, never from embeds.
  "payment=(self)",
].join(", ");

function isHttps(appUrl: string): boolean {
  return new URL(appUrl).protocol === "https:";
}

export function contentSecurityPolicy({ nonce, isDev, appUrl }: Pick<THeaderInput, "nonce" | "isDev" | "appUrl">): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts our nonced scripts load (Next's chunks) run; host lists are ignored.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Production styles are our stylesheet links and Next's nonced tags; the dev overlay
    // injects un-nonced <style> tags (a nonce would switch 'unsafe-inline' off).
    `style-src 'self' ${isDev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Over plain http (local demo) upgrading would point every asset at an https port that is not there.
  if (isHttps(appUrl)) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * Pages whose URL is a secret: the token must not leak to other sites through the Referer
 * header. "same-origin", not "no-referrer": under no-referrer browsers send `Origin: null` with a
 * form's POST, which Next (and our proxy) refuse as cross-site, so the page's forms would fail
 * without JavaScript or before hydration (docs/decisions/011).
 */
export function referrerPolicy({ pathname, hasToken }: Pick<THeaderInput, "pathname" | "hasToken">): string {
  const secretUrl = hasToken || /^\/s\/[^/]+\/bookings\//.test(pathname) || pathname.startsWith("/api/auth/callback/");
  return secretUrl ? "same-origin" : "strict-origin-when-cross-origin";
}

/** Headers that do not depend on the request; also used for static assets in next.config.ts. */
export function baseSecurityHeaders(appUrl: string): THeaderMap {
  const headers: THeaderMap = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
  if (isHttps(appUrl)) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/** Every header for one response from a page, route handler or the proxy itself. */
export function securityHeaders(input: THeaderInput): THeaderMap {
  return {
    ...baseSecurityHeaders(input.appUrl),
    "Content-Security-Policy": contentSecurityPolicy(input),
    "Referrer-Policy": referrerPolicy(input),
  };
}

/** 128 random bits, base64: the shape Next's nonce parser accepts. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
