import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listOutbox, outboxPagesEnabled } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Outbox", robots: { index: false } };
export const dynamic = "force-dynamic";

// Without SMTP settings every email lands here, so the demo works on one machine.
export default async function OutboxPage() {
  if (!outboxPagesEnabled()) notFound();
  const messages = await listOutbox();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-semibold text-stone-900">Local outbox</h1>
      <p className="text-stone-600">Emails the app sent while no SMTP server is configured (newest first).</p>
      {messages.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">No emails yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {messages.map((m) => (
            <li key={m.id}>
              <Link href={`/dev/outbox/${m.id}`} className="block px-4 py-3 hover:bg-stone-50">
                <span className="block font-medium text-stone-900">{m.subject}</span>
                <span className="block text-sm text-stone-600">
                  To {m.to} · {new Date(m.sentAt).toLocaleString("en-US")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
