import Link from "next/link";
import type { SessionBrief } from "@/lib/brief/get-session-brief";
import { staffPath } from "@/lib/tenancy/staff-page";
import { formatDateTime } from "@/lib/format/format";
import { CheckInSummary } from "@/components/staff/check-in-summary";
import { BriefCard, Empty } from "./brief-card";

type Fmt = { timeZone: string; locale: string };

function formatDate(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric" }).format(instant);
}

function visits(n: number): string {
  if (n === 0) return "First visit";
  return `${n} visit${n === 1 ? "" : "s"} before this one`;
}

/** With `salon`, the client's name opens their client page. */
export function WhoCard({ brief, salon }: { brief: SessionBrief; salon?: string }) {
  const { booking, client } = brief;
  const differs = client.name !== booking.contactName || client.phone !== booking.contactPhone;
  return (
    <BriefCard id="who-heading" title="Who">
      <p className="text-lg font-semibold text-stone-900">
        {salon ? (
          <Link href={staffPath(salon, "clients", booking.clientId)} className="text-brand-700 underline-offset-2 hover:underline">
            {booking.contactName}
          </Link>
        ) : (
          booking.contactName
        )}
      </p>
      <p className="text-stone-800">
        <a href={`tel:${booking.contactPhone.replace(/[^+\d]/g, "")}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {booking.contactPhone}
        </a>
        <span className="block text-sm break-all text-stone-600">{booking.contactEmail}</span>
      </p>
      <p className="inline-block rounded-full bg-stone-100 px-2.5 py-0.5 text-sm font-medium text-stone-800" data-testid="visits">
        {visits(client.visitsBefore)}
      </p>
      {differs && (
        <p className="text-sm text-stone-700">
          On file for this email: {client.name} · {client.phone}. This booking was made with other details.
        </p>
      )}
      {booking.clientNote && <p className="rounded-lg bg-sand-100 p-2 text-sm text-stone-900">“{booking.clientNote}”</p>}
    </BriefCard>
  );
}

export function WhereCard({ brief }: { brief: SessionBrief }) {
  const { where } = brief;
  return (
    <BriefCard id="where-heading" title={where.kind === "mobile" ? "Where: mobile session" : "Where"} tone={where.kind === "mobile" ? "accent" : "plain"}>
      {where.kind === "studio" ? (
        <address className="text-stone-800 not-italic">
          <span className="font-medium text-stone-900">{where.name}</span>
          <span className="block text-sm">{where.address}</span>
        </address>
      ) : where.address ? (
        <address className="text-stone-900 not-italic" data-testid="visit-address">
          <span className="block font-medium">{where.address.line1}</span>
          {where.address.line2 && <span className="block">{where.address.line2}</span>}
          <span className="block">
            {where.address.city} {where.address.postalCode}
          </span>
          {where.address.directions && <span className="mt-1 block text-sm text-stone-700">Directions: {where.address.directions}</span>}
        </address>
      ) : (
        <Empty>At the client&apos;s address, which they have not given yet: call them before you set off.</Empty>
      )}
    </BriefCard>
  );
}

/** `note` replaces the line saying where the preferences come from (the client page has no session). */
export function PreferencesBriefCard({ brief, fmt, note }: { brief: Pick<SessionBrief, "preferences">; fmt: Fmt; note?: string }) {
  const { preferences } = brief;
  if (!preferences) {
    return (
      <BriefCard id="prefs-heading" title="What they want" testId="brief-preferences">
        <Empty>No preferences stated yet. Ask about their goal, pressure and what to avoid at the start.</Empty>
      </BriefCard>
    );
  }
  const [goal, ...rest] = preferences.items;
  return (
    <BriefCard id="prefs-heading" title="What they want" tone="accent" testId="brief-preferences">
      <p className="text-lg font-semibold text-brand-900">{goal!.value}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rest.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-medium text-stone-600">{row.label}</dt>
            <dd className="text-stone-900">{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-stone-600">
        {note ??
          (preferences.source === "booking"
            ? `Stated for this session, ${formatDate(preferences.updatedAt, fmt.timeZone, fmt.locale)}.`
            : "Nothing stated for this session yet: these are their usual preferences.")}
      </p>
    </BriefCard>
  );
}

export function HealthCard({ brief }: { brief: Pick<SessionBrief, "healthNotes"> }) {
  return (
    <BriefCard id="health-heading" title="Health notes (staff only)" tone={brief.healthNotes ? "health" : "plain"} testId="brief-health">
      {brief.healthNotes ? <p className="whitespace-pre-line text-stone-900">{brief.healthNotes}</p> : <Empty>None given.</Empty>}
    </BriefCard>
  );
}

export function ChangesCard({ brief, fmt }: { brief: SessionBrief; fmt: Fmt }) {
  const { changes } = brief;
  return (
    <BriefCard id="changes-heading" title="Changed since last time" testId="brief-changes">
      {!changes ? (
        <Empty>{brief.client.visitsBefore === 0 ? "Nothing to compare: their first visit." : "No earlier session with stated preferences to compare."}</Empty>
      ) : changes.list.length === 0 ? (
        <Empty>Same as their session of {formatDate(changes.since, fmt.timeZone, fmt.locale)}.</Empty>
      ) : (
        <>
          <ul className="space-y-1 text-stone-900">
            {changes.list.map((c) => (
              <li key={c.label}>
                <span className="font-medium">{c.label}:</span> <span className="text-stone-600 line-through decoration-stone-400">{c.before}</span> → <span className="font-semibold">{c.after}</span>
              </li>
            ))}
          </ul>
          <p className="text-xs text-stone-600">Compared with their session of {formatDate(changes.since, fmt.timeZone, fmt.locale)}.</p>
        </>
      )}
    </BriefCard>
  );
}

export function CheckInCard({ checkIn, title, id, fmt, empty }: { checkIn: SessionBrief["lastCheckIn"]; title: string; id: string; fmt: Fmt; empty?: string }) {
  if (!checkIn) return empty ? <BriefCard id={id} title={title}><Empty>{empty}</Empty></BriefCard> : null;
  return (
    <BriefCard id={id} title={title} testId={id.replace("-heading", "")}>
      <CheckInSummary checkIn={checkIn} when={<>{formatDateTime(checkIn.sessionStartsAt, fmt.timeZone, fmt.locale)}.</>} />
    </BriefCard>
  );
}
