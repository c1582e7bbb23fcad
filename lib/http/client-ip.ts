import { env } from "@/lib/env";

// Who is asking, for rate limits and the session list. Next.js puts the socket's address into
// X-Forwarded-For only when the request has none, so the header is trusted only as far as
// TRUSTED_PROXY_HOPS says: each trusted proxy appends the address it received the request
// from, and the client is the entry that the farthest trusted proxy wrote.

const MAX_ENTRY_LENGTH = 64;

export function clientIpFrom(forwardedFor: string | null | undefined, trustedHops: number = env().TRUSTED_PROXY_HOPS): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0 && entry.length <= MAX_ENTRY_LENGTH);
  if (entries.length === 0) return "unknown";
  // With no trusted proxy the last entry is the socket (or a lie we cannot see past).
  const index = Math.max(0, entries.length - Math.max(1, trustedHops));
  return normalise(entries[index]!);
}

export function clientIp(headers: Headers): string {
  return clientIpFrom(headers.get("x-forwarded-for"));
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client; ports and brackets are not part of it. */
function normalise(address: string): string {
  let value = address.toLowerCase();
  if (value.startsWith("[")) value = value.slice(1, value.indexOf("]") > 0 ? value.indexOf("]") : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.startsWith("::ffff:") && value.includes(".")) value = value.slice(7);
  return value;
}
