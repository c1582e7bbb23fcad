import type { Metadata } from "next";
import Link from "next/link";
import { outboxPagesEnabled } from "@/lib/mail/outbox";
import { usesLocalOutbox } from "@/lib/mail/mailer";

export const metadata: Metadata = { title: "Check your email" };
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4">
      <h1 className="text-3xl font-semibold text-brand-900">Check your email</h1>
      <p className="text-stone-700">We sent you a sign-in link. It works once and expires in 24 hours.</p>
      {outboxPagesEnabled() ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          No mail server is configured, so the message is in the{" "}
          <Link href="/dev/outbox" className="font-semibold underline">
            local outbox
          </Link>
          .
        </p>
      ) : (
        usesLocalOutbox() && (
          <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            No mail server is configured: the message was saved in the server&apos;s local outbox folder.
          </p>
        )
      )}
    </main>
  );
}
