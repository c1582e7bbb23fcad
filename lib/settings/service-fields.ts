import { z } from "zod";
import { formatDuration, formatMoney } from "@/lib/format/format";
import { ZDepositRuleSchema, type TDepositRule } from "@/lib/payments/deposit";
import { multiLineText, singleLineText } from "@/lib/validation/text";
import { describeDepositRule } from "./policies";

// A service as the owner edits it (money in minor units, times in minutes), its slug, and how
// its values read in the change log. Pure: the database side is in services.ts.

const int = (min: number, max: number, what: string) =>
  z.number({ error: `${what} must be a whole number` }).int(`${what} must be a whole number`).min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`);

export const LOCATION_TYPES = ["STUDIO", "MOBILE"] as const;
export type TLocationType = (typeof LOCATION_TYPES)[number];

export const ZServiceSchema = z.object({
  name: singleLineText().min(1, "Enter the service's name").max(80, "Keep the name under 80 characters"),
  description: multiLineText().min(1, "Say what to expect and its limits").max(2000, "Keep the description under 2,000 characters"),
  durationMinutes: int(5, 480, "Duration").refine((m) => m % 5 === 0, "Duration must be a multiple of 5 minutes"),
  priceCents: z.number({ error: "Enter a price" }).int("Enter a price").min(1, "The price must be more than zero").max(100_000_000, "That price is too high"),
  bufferBeforeMinutes: int(0, 240, "Buffer before"),
  bufferAfterMinutes: int(0, 240, "Buffer after"),
  /** null: the salon's deposit rule applies. */
  depositRule: ZDepositRuleSchema.nullable(),
  locationType: z.enum(LOCATION_TYPES, { error: "Choose studio or mobile" }),
  /** Therapists (of this salon) who offer it; each is checked against the salon. */
  therapistIds: z.array(z.string()).max(200).transform((ids) => [...new Set(ids)]),
  active: z.boolean(),
});
export type TServiceInput = z.input<typeof ZServiceSchema>;
export type TService = z.output<typeof ZServiceSchema>;

/** "Hot stone — 75′ (Deluxe)" → "hot-stone-75-deluxe": lowercase ASCII letters, digits and dashes; never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "service";
}

/** The slug itself if free, else the first free "slug-2", "slug-3"… among `taken`. */
export function nextFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const LOCATION_TYPE_LABELS: Record<TLocationType, string> = {
  STUDIO: "At the studio",
  MOBILE: "Mobile (at the client's address)",
};

export const SERVICE_LABELS = {
  name: "Name",
  description: "Description",
  duration: "Duration",
  price: "Price",
  bufferBefore: "Buffer before",
  bufferAfter: "Buffer after",
  deposit: "Deposit",
  where: "Where",
  therapists: "Therapists",
  status: "Status",
} as const;

export type ServiceDisplay = Record<keyof typeof SERVICE_LABELS, string | string[]>;

/** A service's deposit in words: its own rule, or that the salon's applies. */
export function describeServiceDeposit(rule: TDepositRule | null, currency: string, locale: string): string {
  return rule === null ? "As the salon's policy" : describeDepositRule(rule, currency, locale);
}

/** A service's values as the change log stores them (display strings in the salon's currency and locale). */
export function serviceDisplay(service: TService, therapistNames: string[], salon: { currency: string; locale: string }): ServiceDisplay {
  return {
    name: service.name,
    description: service.description,
    duration: formatDuration(service.durationMinutes),
    price: formatMoney(service.priceCents, salon.currency, salon.locale),
    bufferBefore: `${service.bufferBeforeMinutes} min`,
    bufferAfter: `${service.bufferAfterMinutes} min`,
    deposit: describeServiceDeposit(service.depositRule, salon.currency, salon.locale),
    where: LOCATION_TYPE_LABELS[service.locationType],
    therapists: [...therapistNames].sort((a, b) => a.localeCompare(b)),
    status: service.active ? "Open for booking" : "Hidden from booking",
  };
}
