// The listening side of the demo history: what each client asked for, how each session went,
// and the therapists' notes. Walked per client in time order, so a check-in's "use next time"
// really changes the next session's preferences and every brief has a story to tell.
import { randomUUID } from "node:crypto";
import { applyCheckInToPreferences } from "@/lib/checkins/apply-to-preferences";
import type { Change } from "@/lib/checkins/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BodyRegion, Goal, Pressure, Scent, Sounds, Talking, Temperature } from "@/lib/preferences/options";
import { ZSessionPreferencesSchema, type TSessionPreferences } from "@/lib/preferences/schema";
import type { Rng } from "./random";

export type ListeningRows = {
  profiles: Prisma.ClientProfileCreateManyInput[];
  preferences: Prisma.BookingPreferencesCreateManyInput[];
  checkIns: Prisma.CheckInCreateManyInput[];
  notes: Prisma.SessionNoteCreateManyInput[];
};

type SeedBooking = { tenantId: string; id: string; clientId: string; therapistId: string; status: string; startsAt: Date; endsAt: Date; createdAt: Date };
type Therapist = { id: string; userId: string; displayName: string };

const HOUR_MS = 3_600_000;
const PAIN_AREAS: [string, BodyRegion][] = [["lower back, after long days at the desk", "lower_back"], ["left shoulder, an old climbing injury", "shoulders"], ["neck, tension headaches", "neck"], ["calves, training for a half marathon", "calves"]];
const HEALTH_NOTES = ["Mild asthma: please no strong scents.", "Pregnant, second trimester.", "Recovering from a left knee injury (ACL, 2025).", "Allergic to nut oils.", "High blood pressure, on medication."];
const WISHES = ["A little more time on my shoulders, please.", "The room was a bit cold at the start.", "Loved it. Same again!", "Could we try without music next time?", "The pressure on my calves was a touch much."];
const NOTES = [
  "Tight trapezius both sides; worked trigger points, good release.",
  "Lower back guarded at first, eased with heat. Suggest stretching between visits.",
  "Prefers quiet; fell asleep halfway. Kept pressure medium.",
  "Right shoulder still restricted. Avoid deep work on the rotator cuff for now.",
  "Asked for firmer pressure on the back, lighter on the legs.",
  "Calves very tight after running; recommend a sports massage in two weeks.",
];

function persona(rng: Rng): TSessionPreferences {
  const goal = rng.weighted<Goal>([{ value: "relaxation", weight: 5 }, { value: "pain_relief", weight: 3 }, { value: "sport_recovery", weight: 1.5 }, { value: "other", weight: 0.5 }]);
  const pain = rng.pick(PAIN_AREAS);
  const focusAreas = goal === "pain_relief" ? [pain[1]] : rng.shuffle<BodyRegion>(["shoulders", "neck", "upper_back", "feet", "lower_back"]).slice(0, rng.int(1, 2));
  const avoid = rng.pick<BodyRegion>(["feet", "face", "abdomen"]);
  return ZSessionPreferencesSchema.parse({
    goal,
    goalDetail: goal === "other" ? "A calm hour before a big week" : goal === "sport_recovery" ? "Weekend football" : undefined,
    painArea: pain[0],
    painLevel: rng.int(3, 7),
    sounds: rng.weighted<Sounds | undefined>([{ value: "soft_music", weight: 4 }, { value: "nature", weight: 3 }, { value: "silence", weight: 2 }, { value: undefined, weight: 1 }]),
    scent: rng.weighted<Scent | undefined>([{ value: "lavender", weight: 3 }, { value: "vanilla", weight: 2 }, { value: "bergamot", weight: 2 }, { value: "none", weight: 2 }, { value: undefined, weight: 1 }]),
    talking: rng.weighted<Talking | undefined>([{ value: "quiet", weight: 4 }, { value: "when_needed", weight: 4 }, { value: "chat", weight: 2 }]),
    pressure: rng.weighted<Pressure | undefined>([{ value: "light", weight: 1 }, { value: "medium", weight: 4 }, { value: "firm", weight: 3 }, { value: "deep", weight: 1 }, { value: undefined, weight: 1 }]),
    temperature: rng.weighted<Temperature | undefined>([{ value: "as_is", weight: 3 }, { value: "warmer", weight: 2 }, { value: "cooler", weight: 1 }, { value: undefined, weight: 2 }]),
    focusAreas,
    avoidAreas: rng.chance(0.25) && !focusAreas.includes(avoid) ? [avoid] : [],
  });
}

/** A check-in's changes that suit these preferences (never "firmer" past deep, say). */
function changesFor(rng: Rng, p: TSessionPreferences): Change[] {
  const options: Change[] = [];
  if (p.pressure !== "deep") options.push("firmer_pressure");
  if (p.pressure !== "light") options.push("lighter_pressure");
  if (p.talking !== "quiet") options.push("less_talking");
  if (p.temperature !== "warmer") options.push("warmer_room");
  options.push("other_music", "more_time_on_area");
  return [rng.pick(options)];
}

/**
 * For each client's sessions in time order: their preferences (most stated them), a check-in
 * after most completed sessions, sometimes a note; remembered changes carry forward.
 */
export function seedListening(rng: Rng, bookings: SeedBooking[], therapists: Therapist[], now: number): ListeningRows {
  const rows: ListeningRows = { profiles: [], preferences: [], checkIns: [], notes: [] };
  const byTherapist = new Map(therapists.map((t, index) => [t.id, { ...t, index }]));
  const byClient = new Map<string, SeedBooking[]>();
  for (const b of bookings) byClient.set(b.clientId, [...(byClient.get(b.clientId) ?? []), b]);

  for (const [clientId, history] of byClient) {
    if (!rng.chance(0.85)) continue; // some clients never say
    history.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    let profile = persona(rng);
    const health = rng.chance(0.12) ? rng.pick(HEALTH_NOTES) : null;
    let lastUpdate = history[0]!.createdAt;
    for (const booking of history) {
      if (booking.status === "CANCELLED" || !rng.chance(0.8)) continue;
      const { tenantId } = booking;
      rows.preferences.push({ tenantId, bookingId: booking.id, preferences: profile, healthNotes: health, healthConsentAt: health ? booking.createdAt : null, updatedAt: booking.createdAt });
      lastUpdate = booking.createdAt;
      if (booking.status !== "COMPLETED" || booking.endsAt.getTime() > now) continue;
      const therapist = byTherapist.get(booking.therapistId);
      if (therapist && rng.chance(0.4)) {
        rows.notes.push({ tenantId, id: randomUUID(), bookingId: booking.id, clientId, authorUserId: therapist.userId, authorName: therapist.displayName, body: rng.pick(NOTES), createdAt: new Date(booking.endsAt.getTime() + 10 * 60_000) });
      }
      if (!rng.chance(0.75)) continue;
      // Each salon's second therapist is a little less loved: the dashboard has something to show.
      const bias = therapist?.index === 1 ? 0.8 : 0;
      const satisfaction = Math.max(1, Math.min(5, Math.round(rng.weighted([{ value: 5, weight: 6 }, { value: 4, weight: 3 }, { value: 3, weight: 1 }, { value: 2, weight: 0.3 }]) - (rng.chance(0.5) ? bias : 0))));
      const changes = rng.chance(satisfaction <= 4 ? 0.6 : 0.2) ? changesFor(rng, profile) : [];
      const remember = changes.filter(() => rng.chance(0.6));
      const moreTimeArea = changes.includes("more_time_on_area") ? rng.pick<BodyRegion>(["shoulders", "neck", "lower_back"]) : undefined;
      const soundsInstead = changes.includes("other_music") ? rng.pick<Sounds>(["nature", "silence", "soft_music"]) : undefined;
      const createdAt = new Date(booking.endsAt.getTime() + rng.int(1, 20) * HOUR_MS);
      if (createdAt.getTime() > now) continue;
      rows.checkIns.push({
        tenantId, id: randomUUID(), bookingId: booking.id, clientId, therapistId: booking.therapistId,
        satisfaction, goalReached: satisfaction >= 4 ? "YES" : satisfaction === 3 ? "PARTLY" : "NO",
        changes, appliedChanges: remember, wishes: rng.chance(0.3) ? rng.pick(WISHES) : null, createdAt,
      });
      if (remember.length) {
        profile = applyCheckInToPreferences(profile, { remember, moreTimeArea, soundsInstead });
        lastUpdate = createdAt;
      }
    }
    const tenantId = history[0]!.tenantId;
    rows.profiles.push({ tenantId, clientId, preferences: profile, healthNotes: health, healthConsentAt: health ? history[0]!.createdAt : null, updatedAt: lastUpdate });
  }
  return rows;
}
