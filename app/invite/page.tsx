import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { param } from "@/lib/actions/booking-flow";
import { viewInvitation } from "@/lib/staff/invitations";

// The link carries a secret token: keep it out of referrers and search engines.
export const metadata: Metadata = { title: "Join the team", referrer: "same-origin", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Refusal({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <h1 className="text-3xl font-semibold text-brand-900">{title}</h1>
      <div className="space-y-3 text-stone-700">{children}</div>
      <Link href="/signin" className="inline-flex min-h-11 items-center font-semibold text-brand-700 hover:underline">
        Go to sign in
      </Link>
    </>
  );
}

/** An invitation to a salon's staff, opened from its email: who invites whom, as what, and the form to join. */
export default async function InvitePage({ searchParams }: { searchParams: SearchParams }) {
  const token = param((await searchParams).token) ?? "";
  const view = await viewInvitation(token);
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-4 py-10">
      {view.status === "unknown" ? (
        <Refusal title="This link doesn't work">
          <p>This invitation link is not valid, or it is incomplete. If the salon sent you a newer invitation, use the link in that email; the older one stops working.</p>
        </Refusal>
      ) : view.status === "accepted" ? (
        <Refusal title="Invitation already used">
          <p>
            This invitation to {view.salon.name} was already accepted. Sign in with {view.email} and your password.
          </p>
        </Refusal>
      ) : view.status === "revoked" ? (
        <Refusal title="Invitation withdrawn">
          <p>{view.salon.name} withdrew this invitation. Ask them if you think that is a mistake.</p>
        </Refusal>
      ) : view.status === "expired" ? (
        <Refusal title="Invitation expired">
          <p>
            This invitation to {view.salon.name} expired on {view.expiresAt}. Ask them to send you a new one.
          </p>
        </Refusal>
      ) : (
        <>
          <div className="space-y-2">
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{view.salon.name}</p>
            <h1 className="text-3xl font-semibold text-brand-900">Join {view.salon.name}</h1>
            <p className="text-stone-700">
              {view.name}, you&apos;re invited to join as {view.role === "OWNER" ? "an owner" : "a therapist"} ({view.email}). The invitation works until {view.expiresAt}.
            </p>
          </div>
          <AcceptInvitationForm token={token} salonName={view.salon.name} email={view.email} name={view.name} role={view.role} hasPassword={view.hasPassword} />
        </>
      )}
    </main>
  );
}
