import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findOutboxMessage, outboxPagesEnabled } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Email", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const message = outboxPagesEnabled() ? await findOutboxMessage(id) : null;
  if (!message) notFound();
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
      <Link href="/dev/outbox" className="text-sm font-medium text-brand-700 hover:underline">
        ← Outbox
      </Link>
      <h1 className="text-2xl font-semibold text-stone-900">{message.subject}</h1>
      <p className="text-sm text-stone-600">
        To {message.to} · {new Date(message.sentAt).toLocaleString("en-US")}
      </p>
      {/* The HTML body is shown sandboxed: no scripts, links open outside the frame. */}
      <iframe title="Email body" sandbox="allow-popups allow-top-navigation-by-user-activation" srcDoc={`<base target="_top">${message.html}`} className="h-96 w-full rounded-xl border border-stone-200 bg-white" />
      <details>
        <summary className="cursor-pointer text-sm font-medium text-stone-700">Plain text</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-xl bg-stone-100 p-4 text-sm">{message.text}</pre>
      </details>
    </main>
  );
}
