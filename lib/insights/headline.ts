import type { LoyaltySummary } from "@/lib/loyalty";
import type { ValueKind } from "./values";

// Every headline figure of the dashboard: its name, what kind of number it is, its definition
// in plain words (shown on hover, focus or tap, and matching lib/loyalty's queries), whether
// up is good news, and where it comes from in the summary. One list for the page and the CSV.

export const SECTIONS = [
  { id: "clients", title: "Clients" },
  { id: "rebooking", title: "Rebooking" },
  { id: "visits", title: "Visits" },
  { id: "satisfaction", title: "Satisfaction" },
  { id: "reliability", title: "Reliability of the calendar" },
  { id: "money", title: "Money" },
] as const;
export type SectionId = (typeof SECTIONS)[number]["id"];

type Period = "current" | "previous";
type Summary = Pick<LoyaltySummary, "clients" | "rebooking" | "visitInterval" | "satisfaction" | "reliability" | "money">;

export type HeadlineMetric = {
  id: string;
  section: SectionId;
  label: string;
  kind: ValueKind;
  definition: string;
  /** Whether a rise is good news (the change is worded and marked accordingly); null: neither. */
  goodWhen: "up" | "down" | null;
  /** Why the figure can be missing, said instead of a comparison (otherwise: nothing to count). */
  whenMissing?: string;
  /** Money figures are the owner's; a therapist's own view leaves them out. */
  ownerOnly?: boolean;
  value: (summary: Summary, period: Period) => number | null;
};

const rebookWindow = (s: Summary, p: Period, days: 30 | 60 | 90) => s.rebooking[p].windows.find((w) => w.days === days)?.rate ?? null;
const money = (key: keyof Summary["money"]["current"]) => (s: Summary, p: Period) => s.money[p][key];

export const HEADLINE_METRICS: HeadlineMetric[] = [
  { id: "active", section: "clients", label: "Active clients", kind: "count", goodWhen: "up", definition: "Clients with at least one completed session in the period. Cancelled, no-show and upcoming sessions do not count.", value: (s, p) => s.clients[p].active },
  { id: "new", section: "clients", label: "New clients", kind: "count", goodWhen: "up", definition: "Active clients whose first completed session at the salon (with anyone, anywhere) falls in the period.", value: (s, p) => s.clients[p].new },
  { id: "returning", section: "clients", label: "Returning clients", kind: "count", goodWhen: "up", definition: "Active clients whose first completed session at the salon was before the period.", value: (s, p) => s.clients[p].returning },
  { id: "rebook30", section: "rebooking", label: "Rebooked within 30 days", kind: "share", goodWhen: "up", whenMissing: "Too early to tell: no session in this period ended 30 days ago yet.", definition: "Of the completed sessions in the period whose 30 days have passed, the share after which the same client had another booking (not cancelled, with any therapist) starting within 30 days of the session's end.", value: (s, p) => rebookWindow(s, p, 30) },
  { id: "rebook60", section: "rebooking", label: "Rebooked within 60 days", kind: "share", goodWhen: "up", whenMissing: "Too early to tell: no session in this period ended 60 days ago yet.", definition: "As for 30 days, over 60 days: sessions whose 60 days have not passed yet are left out.", value: (s, p) => rebookWindow(s, p, 60) },
  { id: "rebook90", section: "rebooking", label: "Rebooked within 90 days", kind: "share", goodWhen: "up", whenMissing: "Too early to tell: no session in this period ended 90 days ago yet.", definition: "As for 30 days, over 90 days: sessions whose 90 days have not passed yet are left out.", value: (s, p) => rebookWindow(s, p, 90) },
  { id: "prebook", section: "rebooking", label: "Prebooked", kind: "share", goodWhen: "up", definition: "Of the completed sessions in the period, the share after which the client booked their next session within 24 hours of the session's end (cancelled bookings do not count).", value: (s, p) => s.rebooking[p].prebookingRate },
  { id: "interval", section: "visits", label: "Days between visits", kind: "days", goodWhen: "down", whenMissing: "No client came twice yet.", definition: "The median number of days between a client's consecutive completed sessions (start to start), for gaps that end in the period. Cancelled and no-show sessions are not visits.", value: (s, p) => s.visitInterval[p].medianDays },
  { id: "visitsPerClient", section: "visits", label: "Visits per client", kind: "ratio", goodWhen: "up", definition: "Completed sessions in the period divided by the clients who had them.", value: (s, p) => s.visitInterval[p].visitsPerClient },
  { id: "satisfaction", section: "satisfaction", label: "Average satisfaction", kind: "score", goodWhen: "up", definition: "The mean check-in score (1 to 5) of the check-ins clients sent in the period.", value: (s, p) => s.satisfaction[p].average },
  { id: "goalReached", section: "satisfaction", label: "Goal reached", kind: "share", goodWhen: "up", definition: "The share of check-ins in the period that answered “yes” to “did the session do what you wanted?” (“partly” is not counted as yes).", value: (s, p) => s.satisfaction[p].goalReachedRate },
  { id: "checkIns", section: "satisfaction", label: "Check-ins", kind: "count", goodWhen: "up", definition: "Check-ins clients sent in the period, by the day they sent them.", value: (s, p) => s.satisfaction[p].checkIns },
  { id: "noShowRate", section: "reliability", label: "No-show rate", kind: "share", goodWhen: "down", definition: "No-shows divided by sessions that were due in the period (completed plus no-show).", value: (s, p) => s.reliability[p].noShowRate },
  { id: "lateCancelRate", section: "reliability", label: "Late cancellations", kind: "share", goodWhen: "down", definition: "Cancellations inside the salon's cancellation window divided by bookings for the period that were kept, missed or cancelled. Unpaid holds that expired are not bookings.", value: (s, p) => s.reliability[p].lateCancellationRate },
  { id: "depositsKept", section: "reliability", label: "Deposits kept", kind: "money", goodWhen: null, ownerOnly: true, definition: "Deposits paid on bookings of the period that ended in a no-show or a cancellation, less what was refunded of them.", value: (s, p) => s.reliability[p].depositsKeptMinor },
  { id: "feesCharged", section: "reliability", label: "Fees charged", kind: "money", goodWhen: null, ownerOnly: true, definition: "No-show and late-cancellation fees that went through, for bookings of the period.", value: (s, p) => s.reliability[p].feesChargedMinor },
  { id: "deposits", section: "money", label: "Deposits", kind: "money", goodWhen: "up", ownerOnly: true, definition: "Deposits that went through for sessions starting in the period.", value: money("depositsMinor") },
  { id: "balances", section: "money", label: "Balances", kind: "money", goodWhen: "up", ownerOnly: true, definition: "Balances charged after the session (automatically or paid early by the client) for sessions starting in the period.", value: money("balancesMinor") },
  { id: "tips", section: "money", label: "Tips", kind: "money", goodWhen: "up", ownerOnly: true, definition: "Tips clients added that went through, for sessions starting in the period.", value: money("tipsMinor") },
  { id: "fees", section: "money", label: "Fees", kind: "money", goodWhen: null, ownerOnly: true, definition: "No-show and late-cancellation fees that went through.", value: money("feesMinor") },
  { id: "refunds", section: "money", label: "Refunds", kind: "money", goodWhen: "down", ownerOnly: true, definition: "Money returned to clients (deposits refunded on time, concerns settled) for sessions starting in the period.", value: money("refundsMinor") },
  { id: "discounts", section: "money", label: "Discounts", kind: "money", goodWhen: "down", ownerOnly: true, definition: "Amounts taken off balances after a client raised a concern.", value: money("discountsMinor") },
  { id: "waivers", section: "money", label: "Waivers", kind: "money", goodWhen: "down", ownerOnly: true, definition: "Balances waived in full after a concern.", value: money("waiversMinor") },
  { id: "owed", section: "money", label: "Balances owed", kind: "count", goodWhen: "down", ownerOnly: true, definition: "Bookings of the period whose balance is still owed: declined and not yet paid, a retry scheduled, or waiting for the client to confirm their card.", value: money("balancesOwed") },
  { id: "failed", section: "money", label: "Failed charges", kind: "count", goodWhen: "down", ownerOnly: true, definition: "Charge attempts on bookings of the period that were declined or failed (a later retry may have succeeded).", value: money("failedCharges") },
  { id: "disputes", section: "money", label: "Disputes", kind: "count", goodWhen: "down", ownerOnly: true, definition: "Card disputes opened on bookings of the period.", value: money("disputes") },
];

/** The headline metrics someone may see: a therapist's own view leaves the salon's money out. */
export function visibleMetrics(ownerView: boolean): HeadlineMetric[] {
  return HEADLINE_METRICS.filter((m) => ownerView || !m.ownerOnly);
}
