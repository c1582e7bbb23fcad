import type { Metadata } from "next";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { ClientSignInForm } from "@/components/auth/client-sign-in-form";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { param } from "@/lib/actions/booking-flow";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const error = signInErrorMessage(param(query.error));
  const callbackUrl = param(query.callbackUrl);
  // "My bookings" on a salon's pages and emails lands here for a client: their form comes first.
  const forClient = callbackUrl === "/account";
  const staffForm = <StaffSignInForm callbackUrl={safeRedirectPath(callbackUrl, "/staff")} />;
  const clientForm = <ClientSignInForm callbackUrl={safeRedirectPath(callbackUrl, "/account")} />;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-8 px-4 py-10">
      <div>
        <h1 className="text-3xl font-semibold text-brand-900">Sign in</h1>
        <p className="mt-1 text-stone-600">
          {forClient ? "To see your bookings, get a sign-in link by email. Staff use their password." : "Staff use their password; clients get a sign-in link by email."}
        </p>
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-rose-900">
          {error}
        </p>
      )}
      {/* Each form falls back to the home of the role it signs in. */}
      {forClient ? clientForm : staffForm}
      {forClient ? staffForm : clientForm}
    </main>
  );
}
