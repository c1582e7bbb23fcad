import { env } from "@/lib/env";

// Every post-sign-in and post-action redirect that comes from a request goes through here.
// String checks ("starts with / but not //") miss what browsers normalise: `/\host`,
// `/<TAB>/host`, `/.//host` all become `//host`. So the target is parsed with the URL parser,
// exactly as a browser would, and accepted only when it lands on our own origin.

const MAX_LENGTH = 2048;

/**
 * A same-origin path (path + query + hash) for `target`, or `fallback` when the target is
 * missing, malformed, too long, or would leave our origin. The result never starts with `//`.
 */
export function safeRedirectPath(target: unknown, fallback: string, appUrl: string = env().APP_URL): string {
  if (typeof target !== "string" || target.length === 0 || target.length > MAX_LENGTH) return fallback;
  const origin = new URL(appUrl).origin;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || url.username || url.password) return fallback;
  // `/.//evil.example` parses to the path `//evil.example`: collapse leading slashes.
  const path = `/${url.pathname.replace(/^[/\\]+/, "")}`;
  return `${path}${url.search}${url.hash}`;
}

/** The same check for next-auth's absolute URLs: an absolute URL on our origin, or the fallback. */
export function safeRedirectUrl(target: unknown, fallback: string, appUrl: string = env().APP_URL): string {
  return new URL(safeRedirectPath(target, fallback, appUrl), new URL(appUrl).origin).toString();
}
