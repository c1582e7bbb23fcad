import { notFound, redirect } from "next/navigation";
import { findBookingByIdempotencyKey } from "@/lib/booking/create-booking";
import { manageHref, manageToken } from "@/lib/booking/manage-token";
import { confirmationKey, type TStoredDraft } from "@/lib/actions/booking-draft";
import { getBookableService, getTherapistForService, type PublicTherapist } from "@/lib/booking/public-queries";
import { bookHref, parseParam, ZDateParam, ZServiceParam, ZStartParam, ZTherapistParam } from "@/lib/actions/booking-flow";
import { loadLocation, loadSalon, type SalonParams, type SearchParams } from "../salon-context";

type Need = { therapist?: boolean; start?: boolean };

/**
 * Resolves a booking step's URL: the salon from the path (the guard), then the service, therapist
 * and time from the query. A missing choice sends the client back to the step that makes it;
 * a malformed or foreign id is "not found".
 */
export async function resolveFlow(params: SalonParams, searchParams: SearchParams, need: Need = {}) {
  const [{ salon }, query] = await Promise.all([params, searchParams]);
  const ctx = await loadSalon(salon);
  const slug = ctx.tenant.slug;

  const serviceId = parseParam(ZServiceParam, query.service);
  if (serviceId === undefined) redirect(bookHref(slug, "service"));
  if (serviceId === "invalid") notFound();

  const therapistParam = parseParam(ZTherapistParam, query.therapist);
  if (therapistParam === "invalid") notFound();
  if (need.therapist && therapistParam === undefined) redirect(bookHref(slug, "therapist", { service: serviceId }));

  const [location, service, therapist] = await Promise.all([
    loadLocation(ctx.tenantId),
    getBookableService(ctx.tenantId, serviceId),
    therapistParam && therapistParam !== "any" ? getTherapistForService(ctx.tenantId, serviceId, therapistParam) : Promise.resolve(therapistParam),
  ]);
  if (!service || therapist === null) notFound();

  const startParam = parseParam(ZStartParam, query.start);
  const date = parseParam(ZDateParam, query.date);
  const from = parseParam(ZDateParam, query.from);
  const back = { service: serviceId, therapist: therapistParam };
  if (need.start && (startParam === undefined || startParam === "invalid")) redirect(bookHref(slug, "time", back));
  const start = startParam && startParam !== "invalid" ? Date.parse(startParam) : undefined;

  return {
    ctx,
    slug,
    location,
    service,
    /** The chosen therapist, "any" for no preference, or undefined before the therapist step. */
    therapist: therapist as PublicTherapist | "any" | undefined,
    therapistParam: therapistParam ?? undefined,
    start,
    date: date === "invalid" ? undefined : date,
    from: from === "invalid" ? undefined : from,
    notice: query.notice === "taken" || query.notice === "gone" ? query.notice : undefined,
  };
}

export type Flow = Awaited<ReturnType<typeof resolveFlow>>;

/**
 * Where the booking this draft already made for this choice is (Back after confirming, a
 * second tab), or null. `again=1` lets its page say so.
 */
export async function draftBookingHref(flow: Flow, draft: TStoredDraft, choice: { service: string; therapist: string; start: string }): Promise<{ href: string; status: string } | null> {
  const booked = await findBookingByIdempotencyKey(flow.ctx.tenantId, confirmationKey(draft, choice));
  if (!booked) return null;
  return { href: manageHref(flow.slug, booked.id, manageToken(flow.ctx.tenantId, booked.id), { again: "1" }), status: booked.status };
}

/** "with Maya Chen", or "first available therapist" for no preference. */
export function withTherapist(therapist: Flow["therapist"]): string {
  return therapist === "any" || therapist === undefined ? "first available therapist" : `with ${therapist.displayName}`;
}

export function therapistName(therapist: Flow["therapist"]): string {
  return therapist === "any" || therapist === undefined ? "First available therapist" : therapist.displayName;
}
