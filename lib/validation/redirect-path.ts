import { isSafeSingleLine } from "./text";

/**
 * A path on this site to return to (sign-in's callbackUrl), or undefined. Only "/" + a path:
 * browsers read "\" as "/" and drop tabs and line breaks, so "/\evil.example" or "/\t/evil.example"
 * would leave the site as "//evil.example". A repeated query param arrives as an array.
 */
export function safeRedirectPath(value: unknown): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length > 2000) return undefined;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\") || !isSafeSingleLine(raw)) return undefined;
  return raw;
}
