import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { OwnerRoleForm } from "@/components/staff/settings/owner-role-form";
import { TherapistRoleForm } from "@/components/staff/settings/therapist-role-form";
import { TherapistStatusForm } from "@/components/staff/settings/therapist-status-form";
import { UpcomingSessions } from "@/components/staff/settings/upcoming-sessions";
import { STAFF_ROLE_LABELS } from "@/lib/staff/labels";
import { getStaffMember, upcomingBookingsOf } from "@/lib/staff/members";
import { therapistSetup, type TherapistSetup } from "@/lib/staff/therapist-setup";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Staff member" };

/**
 * One member of staff: their roles (the owner role given or taken, an owner made a therapist too)
 * and, for a therapist, what they still need to be bookable and their sessions still to come
 * listed before they are deactivated, each with a way to move it.
 */
export default async function StaffMemberPage({ params }: { params: Promise<{ salon: string; member: string }> }) {
  const { salon, member: memberId } = await params;
  const staff = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const { tenant } = staff;
  const member = await orNotFound(() => getStaffMember(staff, memberId));
  const therapist = member.therapist;
  const [upcoming, setup] = therapist ? await Promise.all([upcomingBookingsOf(staff, therapist.id), therapistSetup(staff, therapist.id)]) : [[], null];
  const self = member.userId === staff.userId;
  const isOwner = member.roles.includes("OWNER");

  return (
    <div className="max-w-3xl space-y-6">
      <Link href={staffPath(tenant.slug, "settings", "staff")} className="text-sm font-medium text-brand-700 hover:underline">
        ← Staff
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">
          {member.name}
          {self && <span className="font-normal text-stone-600"> (you)</span>}
        </h1>
        <p className="text-stone-700">{member.email}</p>
        <p className="flex flex-wrap gap-1.5">
          {member.roles.map((r) => (
            <Badge key={r} tone={r === "OWNER" ? "brand" : "neutral"}>
              {STAFF_ROLE_LABELS[r as keyof typeof STAFF_ROLE_LABELS] ?? r}
            </Badge>
          ))}
          {therapist && !therapist.active && <Badge tone="danger">Deactivated</Badge>}
        </p>
      </header>

      <Card as="section" aria-labelledby="owner-heading" className="space-y-3">
        <h2 id="owner-heading" className="text-lg font-semibold text-stone-900">
          Owner role
        </h2>
        <OwnerRoleForm salon={tenant.slug} member={member.userId} name={member.name} isOwner={isOwner} self={self} />
      </Card>

      {!therapist && (
        <Card as="section" aria-labelledby="therapist-role-heading" className="space-y-3">
          <h2 id="therapist-role-heading" className="text-lg font-semibold text-stone-900">
            Therapist role
          </h2>
          <TherapistRoleForm salon={tenant.slug} member={member.userId} name={member.name} self={self} />
        </Card>
      )}

      {therapist?.active && setup && <BookableSetup salon={tenant.slug} therapistId={therapist.id} name={member.name} setup={setup} />}

      {therapist && (
        <Card as="section" aria-labelledby="therapist-heading" className="space-y-4">
          <h2 id="therapist-heading" className="text-lg font-semibold text-stone-900">
            {therapist.active ? "Deactivate as a therapist" : "Deactivated"}
          </h2>
          {therapist.active ? (
            <div className="space-y-2 text-sm text-stone-700">
              <p>
                Deactivating takes {member.name} off your booking pages at once{isOwner ? "" : " and closes the staff area to them"}; their calendar feed link stops working. Their hours and services are
                kept, so you can reactivate them later.
              </p>
              <p>
                Sessions already booked with them stay booked: after deactivating, move each one to another therapist (the client is emailed), or cancel it. Until then they are listed on the Staff page
                as needing reassignment.
              </p>
            </div>
          ) : (
            <p className="text-sm text-stone-700">
              {member.name} is off your booking pages{isOwner ? "" : " and cannot open the staff area"}. Reactivating makes them bookable again with their hours and services as they were.
            </p>
          )}
          <section aria-labelledby="upcoming-heading" className="space-y-2">
            <h3 id="upcoming-heading" className="font-semibold text-stone-900">
              {therapist.active ? "Their sessions still to come" : "Still booked with them"} <span className="text-stone-500">({upcoming.length})</span>
            </h3>
            {upcoming.length === 0 ? (
              <p className="rounded-xl border border-dashed border-stone-300 p-3 text-sm text-stone-600">No sessions still to come.</p>
            ) : (
              <UpcomingSessions bookings={upcoming} salon={tenant.slug} locale={tenant.locale} />
            )}
          </section>
          <TherapistStatusForm salon={tenant.slug} member={member.userId} name={member.name} active={therapist.active} />
        </Card>
      )}
    </div>
  );
}

/** What clients need to book them: weekly hours and services, each with a link to where it is set. */
function BookableSetup({ salon, therapistId, name, setup }: { salon: string; therapistId: string; name: string; setup: TherapistSetup }) {
  const ready = setup.hasHours && setup.services > 0;
  const link = "font-medium text-brand-700 hover:underline";
  return (
    <Card as="section" aria-labelledby="bookable-heading" className="space-y-3">
      <h2 id="bookable-heading" className="text-lg font-semibold text-stone-900">
        {ready ? "Taking bookings" : `Before clients can book ${name}`}
      </h2>
      <ul className="space-y-2 text-sm text-stone-700">
        <li>
          {setup.hasHours ? "Their weekly hours are set. " : "They have no weekly hours yet: clients can book them only inside those hours. "}
          <Link href={`${staffPath(salon, "schedule")}?therapist=${therapistId}`} className={link}>
            {setup.hasHours ? "Change their hours" : "Set their hours"}
          </Link>
        </li>
        <li>
          {setup.services > 0 ? `They give ${setup.services} service${setup.services === 1 ? "" : "s"}. ` : `They give no service yet: open each service they give and tick ${name}. `}
          <Link href={staffPath(salon, "settings", "services")} className={link}>
            {setup.services > 0 ? "Services" : "Choose their services"}
          </Link>
        </li>
      </ul>
    </Card>
  );
}
