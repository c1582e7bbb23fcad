// Requests the proxy answers itself, before Next would turn them into a 500 or a reset.
// Pure: headers in, a decision out; proxy.ts does the I/O.

/** Next's own server-action limit (serverActions.bodySizeLimit, default 1 MB), applied to every body. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type TRefusal = { status: 403 | 413; message: string };

export const BODY_TOO_LARGE: TRefusal = {
  status: 413,
  message: "The request is too large: it can carry at most 1 MB.",
};

export const CROSS_SITE_ACTION: TRefusal = {
  status: 403,
  message: "This form was sent from another site, so it was refused.",
};

/** null when the Content-Length header is absent (a chunked body) or not a number. */
export function declaredBodyLength(headers: Headers): number | null {
  const value = headers.get("content-length");
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

/**
 * What Next's action handler treats as a possible server action: a POST with a Next-Action
 * header (fetch action) or a multipart POST (a form posted before hydration). Route handlers
 * (under /api) never reach the action handler.
 */
export function isServerActionRequest(method: string, pathname: string, headers: Headers): boolean {
  if (method !== "POST" || pathname === "/api" || pathname.startsWith("/api/")) return false;
  return headers.has("next-action") || (headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

function originHost(origin: string): string | undefined {
  if (origin === "null") return "null"; // sandboxed frames, data: URLs: never our host
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Next's CSRF check (app-render/action-handler.js), decided early: the Origin's host must equal
 * the first X-Forwarded-Host, else Host. A missing Origin passes, as Next lets it through: browsers
 * send Origin on every POST, so such a request cannot ride on a visitor's cookies.
 */
export function isSameOriginAction(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || headers.get("host");
  return host !== null && host !== "" && originHost(origin) === host;
}

/** The refusal for a request whose headers already tell, or null to let it through. */
export function refuseByHeaders(method: string, pathname: string, headers: Headers): TRefusal | null {
  const length = declaredBodyLength(headers);
  if (length !== null && length > MAX_BODY_BYTES) return BODY_TOO_LARGE;
  if (isServerActionRequest(method, pathname, headers) && !isSameOriginAction(headers)) return CROSS_SITE_ACTION;
  return null;
}

/** Reads a body of unknown length (chunked) only as far as the limit. */
export async function exceedsBodyLimit(body: ReadableStream<Uint8Array>, limit = MAX_BODY_BYTES): Promise<boolean> {
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return true;
    }
  }
}

/** JSON for API clients, plain text for everything else (forms, server actions, curl). */
export function refusalResponse(refusal: TRefusal, pathname: string, headers: Record<string, string>): Response {
  const init = { status: refusal.status, headers: { ...headers, "Cache-Control": "no-store" } };
  if (pathname === "/api" || pathname.startsWith("/api/")) return Response.json({ error: refusal.message }, init);
  return new Response(refusal.message, { ...init, headers: { ...init.headers, "Content-Type": "text/plain; charset=utf-8" } });
}
