import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ChangePasswordForm } from "@/components/staff/change-password-form";
import { SessionList } from "@/components/staff/session-list";
import { currentSession } from "@/lib/auth/session";
import { listActiveSessions } from "@/lib/auth/sessions";
import { signOutEverywhereAction } from "@/lib/actions/staff-account";
import { requireStaffPage } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Your account" };

export default async function StaffAccountPage() {
  const ctx = await requireStaffPage({ salon: null, returnTo: "/staff/account" });
  const session = await currentSession();
  if (!session) redirect("/signin?callbackUrl=/staff/account");
  const sessions = await listActiveSessions(session.userId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">Your account</h1>
        <p className="text-sm text-stone-600">Signed in as {session.email}</p>
      </div>
      <Card as="section" aria-labelledby="sessions-heading" className="space-y-4">
        <div>
          <h2 id="sessions-heading" className="text-lg font-semibold text-stone-900">
            Where you are signed in
          </h2>
          <p className="text-sm text-stone-600">Staff sessions end after 12 hours without use, and after 7 days in any case.</p>
        </div>
        <SessionList sessions={sessions} currentId={session.sessionId} timeZone={ctx.tenant.timeZone} />
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </Card>
      <Card as="section" aria-labelledby="password-heading" className="space-y-4">
        <div>
          <h2 id="password-heading" className="text-lg font-semibold text-stone-900">
            Change password
          </h2>
          <p className="text-sm text-stone-600">Every other device is signed out when you change it.</p>
        </div>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
