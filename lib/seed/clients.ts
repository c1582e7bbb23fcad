// The salon's client book: loyal regulars, occasional visitors and one-off guests.
import { randomUUID } from "node:crypto";
import type { Rng } from "./random";
import type { SalonSpec, ServiceSpec } from "./types";

export type ClientKind = "regular" | "occasional" | "oneOff";

export type PlannedClient = {
  id: string;
  name: string;
  email: string;
  phone: string;
  kind: ClientKind;
  /** Regulars come back every this many days (14..28); others ignore it. */
  cadenceDays: number;
  favouriteService: ServiceSpec;
  favouriteTherapist: string;
};

const slugPart = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");

export function pickService(rng: Rng, services: readonly ServiceSpec[]): ServiceSpec {
  return rng.weighted(services.map((service) => ({ value: service, weight: service.popularity })));
}

export function planClients(spec: SalonSpec, rng: Rng): PlannedClient[] {
  const { regulars, occasional, oneOff, firstNames, lastNames } = spec.clients;
  const total = regulars + occasional + oneOff;
  const combos = firstNames.flatMap((first) => lastNames.map((last) => [first, last] as const));
  if (combos.length < total) throw new Error(`Not enough name combinations for ${spec.tenant.slug}`);
  const names = rng.shuffle(combos).slice(0, total);
  const kinds: ClientKind[] = rng.shuffle([
    ...Array<ClientKind>(regulars).fill("regular"),
    ...Array<ClientKind>(occasional).fill("occasional"),
    ...Array<ClientKind>(oneOff).fill("oneOff"),
  ]);
  return names.map(([first, last], index) => {
    const favouriteService = pickService(rng, spec.services);
    return {
      id: randomUUID(),
      name: `${first} ${last}`,
      email: `${slugPart(first)}.${slugPart(last)}@example.com`,
      phone: spec.phone(index),
      kind: kinds[index] ?? "oneOff",
      cadenceDays: rng.int(14, 28),
      favouriteService,
      favouriteTherapist: rng.pick(favouriteService.therapists),
    };
  });
}
