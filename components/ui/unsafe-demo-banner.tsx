import Link from "next/link";
import { unsafeDemoOutbox } from "@/lib/mail/outbox";

/** On every page while a production server runs in unsafe demo mode. */
export function UnsafeDemoBanner() {
  if (!unsafeDemoOutbox()) return null;
  return (
    <div role="alert" className="bg-amber-400 px-4 py-2 text-center text-sm font-semibold text-amber-950">
      Unsafe demo mode: every email, sign-in links included, is readable at <Link className="underline" href="/dev/outbox">/dev/outbox</Link>. Never use it
      with real data.
    </div>
  );
}
