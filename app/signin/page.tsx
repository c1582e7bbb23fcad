import type { Metadata } from "next";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { ClientSignInForm } from "@/components/auth/client-sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  const { error, callbackUrl } = await searchParams;
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : undefined;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-8 px-4 py-10">
      <div>
        <h1 className="text-3xl font-semibold text-brand-900">Sign in</h1>
        <p className="mt-1 text-stone-600">Staff use their password; clients get a sign-in link by email.</p>
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-rose-900">
          {ERRORS[error] ?? "Sign-in failed. Please try again."}
        </p>
      )}
      <StaffSignInForm callbackUrl={safeCallback ?? "/staff"} />
      <ClientSignInForm callbackUrl={safeCallback ?? "/account"} />
    </main>
  );
}
