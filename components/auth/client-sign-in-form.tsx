"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { signIn } from "next-auth/react";

export function ClientSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  const ready = useHydrated();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const email = new FormData(event.currentTarget).get("email");
    await signIn("email", { email, callbackUrl });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm" aria-labelledby="client-heading">
      <h2 id="client-heading" className="text-lg font-semibold text-stone-900">
        Clients
      </h2>
      <p className="text-sm text-stone-600">We will email you a link to see your bookings. No password needed.</p>
      <label className="block">
        <span className="text-sm font-medium text-stone-800">Your email</span>
        <input name="email" type="email" required autoComplete="email" className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2.5" />
      </label>
      <button type="submit" disabled={pending || !ready} className="w-full rounded-lg border border-brand-700 px-4 py-3 font-semibold text-brand-900 hover:bg-brand-50 disabled:opacity-60">
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
