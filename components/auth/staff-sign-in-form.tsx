"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { signIn } from "next-auth/react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

/** `defaultEmail`: filled in where the page knows it (just after accepting a staff invitation). */
export function StaffSignInForm({ callbackUrl, defaultEmail }: { callbackUrl: string; defaultEmail?: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Until the script runs, the form must not submit: a plain GET would put the password in the URL.
  const ready = useHydrated();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(signInErrorMessage(result?.error ?? "CredentialsSignin"));
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm" aria-labelledby="staff-heading">
      <h2 id="staff-heading" className="text-lg font-semibold text-stone-900">
        Staff
      </h2>
      <label className="block">
        <span className="text-sm font-medium text-stone-800">Email</span>
        <input name="email" type="email" required autoComplete="username" defaultValue={defaultEmail} className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2.5" />
      </label>
      <label className="block">
        <span className="text-sm font-medium text-stone-800">Password</span>
        <input name="password" type="password" required autoComplete="current-password" className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2.5" />
      </label>
      {error && (
        <p role="alert" className="text-sm text-rose-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending || !ready} className="w-full rounded-lg bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
