// How much of a therapist's time a session takes beyond itself. A mobile (outcall) session
// needs the salon's travel buffer before and after it, or the service's own buffer if longer;
// the availability engine and the booking's blocked range (which the exclusion constraint
// guards) both use these figures, so travel time can never be double booked.

type Timed = { locationType: "STUDIO" | "MOBILE"; bufferBeforeMinutes: number; bufferAfterMinutes: number };

export function withTravelBuffers<S extends Timed>(service: S, salon: { travelBufferMinutes: number }): S {
  if (service.locationType !== "MOBILE") return service;
  return {
    ...service,
    bufferBeforeMinutes: Math.max(service.bufferBeforeMinutes, salon.travelBufferMinutes),
    bufferAfterMinutes: Math.max(service.bufferAfterMinutes, salon.travelBufferMinutes),
  };
}
