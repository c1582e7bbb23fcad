import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { FlowHeader } from "@/components/booking/flow-header";
import { SummaryList } from "@/components/booking/summary-list";
import { PolicyNote } from "@/components/booking/policy-note";
import { ConfirmForm } from "@/components/booking/confirm-form";
import { Address } from "@/components/booking/address";
import { MobileBadge } from "@/components/booking/service-card";
import { dateTimeLabel, zoneLabel } from "@/components/booking/time-labels";
import { instantToLocalParts } from "@/lib/availability/time-zone";
import { formatMoney } from "@/lib/format/format";
import { policySnapshot } from "@/lib/booking/policy";
import { checkStart } from "@/lib/booking/check-start";
import { bookHref, STEP_INDEX } from "@/lib/actions/booking-flow";
import { readDraft } from "@/lib/actions/booking-draft";
import { visitAddressLine } from "@/lib/booking/visit-address";
import { type SalonParams, type SearchParams } from "../../salon-context";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { draftBookingHref, resolveFlow, therapistName } from "../flow-context";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Review and confirm" };

export default async function ReviewPage({ params, searchParams }: { params: SalonParams; searchParams: SearchParams }) {
  const flow = await resolveFlow(params, searchParams, { therapist: true, start: true });
  const { ctx, slug, service, location } = flow;
  const start = flow.start!;
  const therapist = flow.therapistParam ?? "any";
  const timeZone = location.timeZone;
  const { locale, currency } = ctx.tenant;
  const choice = { service: service.id, therapist, start: new Date(start).toISOString() };

  const draft = await readDraft();
  if (!draft) redirect(bookHref(slug, "details", choice));
  // Back after confirming, or a second tab: this draft already booked this time; open that booking.
  const booked = await draftBookingHref(flow, draft, choice);
  if (booked) redirect(booked.href);
  const { status } = await orNotFound(() => checkStart({ tenantId: ctx.tenantId, serviceId: service.id, therapistId: therapist, start, now: clockNow() }));
  if (status !== "ok") redirect(bookHref(slug, "time", { ...choice, start: undefined, date: instantToLocalParts(start, timeZone).date, notice: status }));

  // The terms the client agrees to here are the ones the booking will snapshot.
  const policy = policySnapshot(ctx.tenant, service, locale);

  const edit = (href: string, what: string) => (
    <Link href={href} className="shrink-0 rounded-md px-1 text-sm font-semibold text-brand-700 hover:underline">
      Change<span className="sr-only"> {what}</span>
    </Link>
  );

  return (
    <div className="space-y-6">
      <FlowHeader step={STEP_INDEX.review} title="Review and confirm" back={{ href: bookHref(slug, "details", choice), label: "Details" }} />
      <Card>
        <h2 className="sr-only">Your booking</h2>
        <SummaryList
          testId="review-summary"
          rows={[
            { term: "Service", value: service.name, action: edit(bookHref(slug, "service"), "service") },
            { term: "Therapist", value: therapistName(flow.therapist), action: edit(bookHref(slug, "therapist", { service: service.id, therapist }), "therapist") },
            {
              term: "Date & time",
              value: (
                <>
                  {dateTimeLabel(start, timeZone, locale)}
                  <span className="block text-sm font-normal text-stone-600">{zoneLabel(start, timeZone, locale)}</span>
                </>
              ),
              action: edit(bookHref(slug, "time", { service: service.id, therapist, date: instantToLocalParts(start, timeZone).date }), "time"),
            },
            { term: "Duration", value: `${service.durationMinutes} min` },
            { term: "Price", value: formatMoney(service.priceCents, currency, locale) },
            {
              term: "Where",
              value:
                service.locationType === "MOBILE" ? (
                  <>
                    <MobileBadge />
                    <span className="mt-1 block">{visitAddressLine(draft.visitAddress) ?? "Your address"}</span>
                  </>
                ) : (
                  <Address location={location} />
                ),
            },
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold text-stone-900">Your details</h2>
        <SummaryList
          testId="review-details"
          rows={[
            { term: "Name", value: draft.name, action: edit(bookHref(slug, "details", choice), "details") },
            { term: "Email", value: draft.email },
            { term: "Phone", value: draft.phone },
            ...(draft.note ? [{ term: "Note", value: <span className="font-normal whitespace-pre-line">{draft.note}</span> }] : []),
          ]}
        />
      </Card>
      <PolicyNote terms={policy.terms} noticeHours={policy.cancellationNoticeHours} />
      <ConfirmForm selection={{ salon: slug, ...choice }} depositLabel={policy.depositMinor > 0 ? formatMoney(policy.depositMinor, currency, locale) : null} />
    </div>
  );
}
