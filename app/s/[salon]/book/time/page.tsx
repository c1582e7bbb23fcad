import type { Metadata } from "next";
import { Suspense } from "react";
import { TimeStepSkeleton } from "@/components/booking/time-step-skeleton";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { FlowHeader } from "@/components/booking/flow-header";
import { ChoiceSummary } from "@/components/booking/choice-summary";
import { DayStrip } from "@/components/booking/day-strip";
import { TimeGrid } from "@/components/booking/time-grid";
import { ZoneNote } from "@/components/booking/zone-note";
import { localNoon, longDayLabel } from "@/components/booking/time-labels";
import { findBookableDays } from "@/lib/booking/public-queries";
import { bookHref, STEP_INDEX } from "@/lib/actions/booking-flow";
import { type SalonParams, type SearchParams } from "../../salon-context";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { resolveFlow, withTherapist, type Flow } from "../flow-context";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Choose a time" };

const DAYS = 14;

// The URL is validated before anything streams, so a foreign or unknown id is a real 404;
// only the slow part (computing free times) sits behind the Suspense boundary.
export default async function ChooseTimePage({ params, searchParams }: { params: SalonParams; searchParams: SearchParams }) {
  const flow = await resolveFlow(params, searchParams, { therapist: true });
  const therapist = flow.therapistParam ?? "any";
  const choice = { service: flow.service.id, therapist };
  return (
    <div className="space-y-6">
      <FlowHeader step={STEP_INDEX.time} title="Pick a day and time" back={{ href: bookHref(flow.slug, "therapist", choice), label: "Therapist" }}>
        <ChoiceSummary service={flow.service} currency={flow.ctx.tenant.currency} therapist={withTherapist(flow.therapist)} />
      </FlowHeader>
      <Suspense key={`${therapist}:${flow.date ?? ""}`} fallback={<TimeStepSkeleton />}>
        <FreeTimes flow={flow} />
      </Suspense>
    </div>
  );
}

async function FreeTimes({ flow }: { flow: Flow }) {
  const { ctx, slug, service, location } = flow;
  const therapist = flow.therapistParam ?? "any";
  const days = await orNotFound(() =>
    findBookableDays({ tenantId: ctx.tenantId, serviceId: service.id, therapistId: therapist, timeZone: location.timeZone, now: clockNow(), days: DAYS }),
  );
  const selected = days.find((d) => d.date === flow.date) ?? days.find((d) => d.slots.length > 0) ?? days[0]!;
  const anyFree = days.some((d) => d.slots.length > 0);
  const choice = { service: service.id, therapist };

  return (
    <>
      {flow.notice === "taken" && (
        <Alert tone="warning" title="That time was just booked" testId="slot-taken">
          Someone booked it a moment before you. Here are the times still free on {longDayLabel(selected.date)}. Your details are saved.
        </Alert>
      )}
      {flow.notice === "gone" && (
        <Alert tone="warning" title="That time is no longer available" testId="slot-gone">
          Please pick another time. Your details are saved.
        </Alert>
      )}

      {anyFree ? (
        <>
          <ZoneNote instant={localNoon(selected.date, location.timeZone)} timeZone={location.timeZone} />
          <section aria-labelledby="days-heading" className="space-y-2">
            <h2 id="days-heading" className="sr-only">
              Day
            </h2>
            <DayStrip days={days.map((d) => ({ date: d.date, count: d.slots.length }))} selected={selected.date} action={bookHref(slug, "time")} params={choice} />
          </section>
          <section aria-labelledby="times-heading" className="space-y-4">
            <h2 id="times-heading" className="text-lg font-semibold text-stone-900">
              {longDayLabel(selected.date)}
            </h2>
            {selected.slots.length > 0 ? (
              <TimeGrid slots={selected.slots} timeZone={location.timeZone} action={bookHref(slug, "details")} params={choice} />
            ) : (
              <p data-testid="no-times-day" className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">
                No free times on this day — try another day.
              </p>
            )}
          </section>
        </>
      ) : (
        <NoTimes slug={slug} serviceId={service.id} specificTherapist={therapist !== "any"} />
      )}
    </>
  );
}

function NoTimes({ slug, serviceId, specificTherapist }: { slug: string; serviceId: string; specificTherapist: boolean }) {
  return (
    <div data-testid="no-times" className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6 text-center shadow-sm">
      <h2 className="text-lg font-semibold text-stone-900">No free times in the next {DAYS} days</h2>
      <p className="text-stone-700">
        {specificTherapist ? "This therapist is fully booked for now. Another therapist may have time." : "Everyone is fully booked for this service right now."}
      </p>
      <div className="flex flex-col justify-center gap-2 sm:flex-row">
        {specificTherapist && <LinkButton href={bookHref(slug, "time", { service: serviceId, therapist: "any" })}>Show any therapist</LinkButton>}
        <LinkButton href={bookHref(slug, "service")} variant="secondary">
          Choose another service
        </LinkButton>
      </div>
    </div>
  );
}
