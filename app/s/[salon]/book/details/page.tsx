import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { FlowHeader } from "@/components/booking/flow-header";
import { ChoiceSummary } from "@/components/booking/choice-summary";
import { DetailsForm } from "@/components/booking/details-form";
import { dateTimeLabel, zoneLabel } from "@/components/booking/time-labels";
import { instantToLocalParts } from "@/lib/availability/time-zone";
import { bookHref, STEP_INDEX } from "@/lib/actions/booking-flow";
import { readDraft } from "@/lib/actions/booking-draft";
import type { SalonParams, SearchParams } from "../../salon-context";
import { draftBookingHref, resolveFlow, withTherapist } from "../flow-context";

export const metadata: Metadata = { title: "Your details" };

export default async function DetailsPage({ params, searchParams }: { params: SalonParams; searchParams: SearchParams }) {
  const flow = await resolveFlow(params, searchParams, { therapist: true, start: true });
  const { ctx, slug, service, location } = flow;
  const start = flow.start!;
  const therapist = flow.therapistParam ?? "any";
  const { locale } = ctx.tenant;
  const timeZone = location.timeZone;
  const selection = { salon: slug, service: service.id, therapist, start: new Date(start).toISOString() };
  const draft = await readDraft();
  // Back after confirming: these details already booked this time; open that booking rather
  // than a form to book it again. A cancelled one (e.g. a lapsed hold) may be booked afresh.
  const booked = draft ? await draftBookingHref(flow, draft, selection) : null;
  if (booked && booked.status !== "CANCELLED") redirect(booked.href);

  return (
    <div className="space-y-6">
      <FlowHeader
        step={STEP_INDEX.details}
        title="Your details"
        back={{ href: bookHref(slug, "time", { service: service.id, therapist, date: instantToLocalParts(start, timeZone).date }), label: "Time" }}
      >
        <ChoiceSummary
          service={service}
          currency={ctx.tenant.currency}
          locale={locale}
          therapist={withTherapist(flow.therapist)}
          when={`${dateTimeLabel(start, timeZone, locale)} ${zoneLabel(start, timeZone, locale)}`}
        />
      </FlowHeader>
      <DetailsForm
        selection={selection}
        defaults={{
          name: draft?.name ?? "",
          email: draft?.email ?? "",
          phone: draft?.phone ?? "",
          note: draft?.note ?? "",
          addressLine1: draft?.visitAddress?.line1 ?? "",
          addressLine2: draft?.visitAddress?.line2 ?? "",
          city: draft?.visitAddress?.city ?? "",
          postalCode: draft?.visitAddress?.postalCode ?? "",
          directions: draft?.visitAddress?.directions ?? "",
        }}
        mobileService={service.locationType === "MOBILE"}
      />
    </div>
  );
}
