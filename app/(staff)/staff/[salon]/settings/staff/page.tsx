import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ChangeLog } from "@/components/staff/settings/change-log";
import { InvitationButtons } from "@/components/staff/settings/invitation-buttons";
import { InviteStaffForm } from "@/components/staff/settings/invite-staff-form";
import { UpcomingSessions } from "@/components/staff/settings/upcoming-sessions";
import { formatDateTime } from "@/lib/format/format";
import { listAuditEntries } from "@/lib/settings/audit";
import { listOpenInvitations } from "@/lib/staff/invitations";
import { INVITATION_DAYS, STAFF_AUDIT_PREFIX, STAFF_ROLE_LABELS } from "@/lib/staff/labels";
import { bookingsNeedingReassignment, isDeactivated, listStaffMembers } from "@/lib/staff/members";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Staff" };

/** The salon's staff, open invitations, sessions left with deactivated therapists, and staff changes (owners only). */
export default async function StaffSettingsPage({ params }: { params: Promise<{ salon: string }> }) {
  const staff = await requireStaffPagePermission({ salon: (await params).salon, permission: "salon.manage" });
  const { tenant } = staff;
  const now = clockNow();
  const [members, invitations, toReassign, entries] = await Promise.all([
    listStaffMembers(staff),
    listOpenInvitations(staff, now),
    bookingsNeedingReassignment(staff, now),
    listAuditEntries(tenant.id, { actionPrefix: STAFF_AUDIT_PREFIX }),
  ]);
  const when = (instant: Date) => formatDateTime(instant, tenant.timeZone, tenant.locale);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">Staff</h1>
        <p className="text-stone-700">Who works at {tenant.name}, and as what. Invite a therapist by email; open someone&apos;s page to change their role or deactivate them.</p>
      </header>

      {toReassign.length > 0 && (
        <section aria-labelledby="reassign-heading" className="space-y-3">
          <h2 id="reassign-heading" className="text-xl font-semibold text-stone-900">
            Needs reassignment <span className="text-stone-500">({toReassign.length})</span>
          </h2>
          <Alert tone="warning" title={`${toReassign.length} session${toReassign.length === 1 ? " is" : "s are"} still booked with a deactivated therapist`}>
            Move each one to another therapist (the client is emailed), or cancel it from the booking. They stay listed here until then.
          </Alert>
          <UpcomingSessions bookings={toReassign} salon={tenant.slug} locale={tenant.locale} showTherapist />
        </section>
      )}

      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="text-xl font-semibold text-stone-900">
          Team <span className="text-stone-500">({members.length})</span>
        </h2>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {members.map((m) => {
            const off = isDeactivated(m);
            return (
              <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 px-3 py-3">
                <div className="min-w-0 space-y-1">
                  <p className="font-semibold text-stone-900">
                    {m.name}
                    {m.userId === staff.userId && <span className="font-normal text-stone-600"> (you)</span>}
                  </p>
                  <p className="truncate text-sm text-stone-700">{m.email}</p>
                  <p className="flex flex-wrap gap-1.5">
                    {m.roles.map((r) => (
                      <Badge key={r} tone={r === "OWNER" ? "brand" : "neutral"}>
                        {STAFF_ROLE_LABELS[r as keyof typeof STAFF_ROLE_LABELS] ?? r}
                      </Badge>
                    ))}
                    {off && <Badge tone="danger">Deactivated</Badge>}
                  </p>
                </div>
                <Link href={staffPath(tenant.slug, "settings", "staff", m.userId)} className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 hover:underline">
                  Manage<span className="sr-only"> {m.name}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      <Card as="section" aria-labelledby="invite-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="invite-heading" className="text-xl font-semibold text-stone-900">
            Invite someone
          </h2>
          <p className="text-sm text-stone-700">They get an email with a link to choose their password and join. The link works once, for {INVITATION_DAYS} days.</p>
        </div>
        <InviteStaffForm salon={tenant.slug} days={INVITATION_DAYS} />
      </Card>

      <section aria-labelledby="invitations-heading" className="space-y-3">
        <h2 id="invitations-heading" className="text-xl font-semibold text-stone-900">
          Open invitations <span className="text-stone-500">({invitations.length})</span>
        </h2>
        {invitations.length === 0 ? (
          <p className="rounded-xl border border-dashed border-stone-300 p-4 text-sm text-stone-600">No invitations waiting. Someone you invite shows here until they accept.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {invitations.map((i) => (
              <li key={i.id} className="space-y-2 px-3 py-3">
                <div className="space-y-1">
                  <p className="font-semibold text-stone-900">
                    {i.name} <Badge tone="neutral">{STAFF_ROLE_LABELS[i.role]}</Badge> {i.expired ? <Badge tone="warning">Expired</Badge> : <Badge tone="info">Waiting</Badge>}
                  </p>
                  <p className="truncate text-sm text-stone-700">{i.email}</p>
                  <p className="text-sm text-stone-600">
                    Sent {when(i.createdAt)}
                    {i.invitedBy ? ` by ${i.invitedBy}` : ""} · {i.expired ? "expired" : "expires"} {when(i.expiresAt)}
                  </p>
                </div>
                <InvitationButtons salon={tenant.slug} invitationId={i.id} name={i.name} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <ChangeLog entries={entries} salon={tenant} title="Staff changes" />
    </div>
  );
}
