import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { FlowHeader } from "@/components/booking/flow-header";
import { ChoiceSummary } from "@/components/booking/choice-summary";
import { DayStrip } from "@/components/booking/day-strip";
import { TimeGrid } from "@/components/booking/time-grid";
import { ZoneNote } from "@/components/booking/zone-note";
import { localNoon, longDayLabel, shortDayLabel } from "@/components/booking/time-labels";
import { findDayWindow, type DayWindow } from "@/lib/booking/find-day-window";
import { bookHref, STEP_INDEX } from "@/lib/actions/booking-flow";
import { type SalonParams, type SearchParams } from "../../salon-context";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { resolveFlow, withTherapist, type Flow } from "../flow-context";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Choose a time" };

/** Days shown at once; "Earlier days" and "Later days" page through the rest, up to the salon's horizon. */
const WINDOW_DAYS = 14;

// Rendered whole on the server, days and times included, with no loading boundary: without
// JavaScript a streamed boundary would stay a skeleton. Every choice is a link or a GET form.
export default async function ChooseTimePage({ params, searchParams }: { params: SalonParams; searchParams: SearchParams }) {
  const flow = await resolveFlow(params, searchParams, { therapist: true });
  const therapist = flow.therapistParam ?? "any";
  const choice = { service: flow.service.id, therapist };
  const window = await orNotFound(() =>
    findDayWindow({ tenantId: flow.ctx.tenantId, serviceId: flow.service.id, therapistId: therapist, now: clockNow(), size: WINDOW_DAYS, from: flow.from, date: flow.date }),
  );
  return (
    <div className="space-y-6">
      <FlowHeader step={STEP_INDEX.time} title="Pick a day and time" back={{ href: bookHref(flow.slug, "therapist", choice), label: "Therapist" }}>
        <ChoiceSummary service={flow.service} currency={flow.ctx.tenant.currency} locale={flow.ctx.tenant.locale} therapist={withTherapist(flow.therapist)} />
      </FlowHeader>
      <FreeTimes flow={flow} window={window} />
    </div>
  );
}

function FreeTimes({ flow, window }: { flow: Flow; window: DayWindow }) {
  const { slug, service, location } = flow;
  const { locale } = flow.ctx.tenant;
  const therapist = flow.therapistParam ?? "any";
  const choice = { service: service.id, therapist };
  const { days } = window;
  const selected = days.find((d) => d.date === flow.date) ?? days.find((d) => d.slots.length > 0) ?? days[0]!;
  const anyFree = days.some((d) => d.slots.length > 0);
  const pageHref = (from: string | null) => (from ? bookHref(slug, "time", { ...choice, from }) : null);
  const pager = {
    previousHref: pageHref(window.previous),
    nextHref: pageHref(window.next),
    range: `${shortDayLabel(window.from, locale)} – ${shortDayLabel(window.to, locale)}`,
  };

  return (
    <>
      {flow.notice === "taken" && (
        <Alert tone="warning" title="That time was just booked" testId="slot-taken">
          Someone booked it a moment before you. Here are the times still free on {longDayLabel(selected.date, locale)}. Your details are saved.
        </Alert>
      )}
      {flow.notice === "gone" && (
        <Alert tone="warning" title="That time is no longer available" testId="slot-gone">
          Please pick another time. Your details are saved.
        </Alert>
      )}

      <ZoneNote instant={localNoon(selected.date, location.timeZone)} timeZone={location.timeZone} locale={locale} />
      <section aria-labelledby="days-heading" className="space-y-2">
        <h2 id="days-heading" className="sr-only">
          Day
        </h2>
        <DayStrip
          days={days.map((d) => ({ date: d.date, count: d.slots.length, status: d.status }))}
          selected={anyFree ? selected.date : ""}
          action={bookHref(slug, "time")}
          params={choice}
          locale={locale}
          today={window.today}
          offLabel={therapist === "any" ? "Closed" : "Not working"}
          pager={pager}
        />
      </section>
      {anyFree ? (
        <section aria-labelledby="times-heading" className="space-y-4">
          <h2 id="times-heading" className="text-lg font-semibold text-stone-900">
            {longDayLabel(selected.date, locale)}
          </h2>
          {selected.slots.length > 0 ? (
            <TimeGrid slots={selected.slots} timeZone={location.timeZone} locale={locale} action={bookHref(slug, "details")} params={choice} />
          ) : (
            <p data-testid="no-times-day" className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">
              No free times on this day — try another day.
            </p>
          )}
        </section>
      ) : (
        <NoTimes flow={flow} window={window} laterHref={pager.nextHref} />
      )}
    </>
  );
}

function NoTimes({ flow, window, laterHref }: { flow: Flow; window: DayWindow; laterHref: string | null }) {
  const { slug, service } = flow;
  const specificTherapist = flow.therapistParam !== undefined && flow.therapistParam !== "any";
  const locale = flow.ctx.tenant.locale;
  const title =
    window.from === window.today ? `No free times in the next ${window.days.length} days` : `No free times from ${longDayLabel(window.from, locale)} to ${longDayLabel(window.to, locale)}`;
  return (
    <div data-testid="no-times" className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6 text-center shadow-sm">
      <h2 className="text-lg font-semibold text-stone-900">{title}</h2>
      <p className="text-stone-700">
        {specificTherapist ? "This therapist has no free time on these days. Another therapist may have time." : "Everyone is fully booked for this service on these days."}
        {laterHref && " Later days may have free times."}
      </p>
      <div className="flex flex-col justify-center gap-2 sm:flex-row">
        {laterHref && <LinkButton href={laterHref}>Show later days</LinkButton>}
        {specificTherapist && (
          <LinkButton href={bookHref(slug, "time", { service: service.id, therapist: "any", from: window.from })} variant={laterHref ? "secondary" : "primary"}>
            Show any therapist
          </LinkButton>
        )}
        <LinkButton href={bookHref(slug, "service")} variant="secondary">
          Choose another service
        </LinkButton>
      </div>
    </div>
  );
}
