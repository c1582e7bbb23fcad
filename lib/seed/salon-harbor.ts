import { week, type SalonSpec } from "./types";

export const HARBOR: SalonSpec = {
  seed: 0x4a7b07,
  tenant: {
    slug: "harbor",
    name: "Harbor Massage",
    tagline: "Riverside treatments for tired bodies",
    phone: "+44 20 7946 0321",
    timeZone: "Europe/London",
    currency: "GBP",
    locale: "en-GB",
    cancellationNoticeHours: 48,
  },
  payments: { depositRule: { kind: "fixed", amountMinor: 1000 }, lateCancelFeeMinor: 0, noShowFeeMinor: 2000, reviewWindowHours: 24, stripeAccountId: "acct_demo_harbor", stripeChargesEnabled: true },
  location: {
    name: "Harbor Massage — Wapping",
    addressLine1: "12 Wapping High Street",
    city: "London",
    postalCode: "E1W 1NG",
    country: "GB",
  },
  owner: { email: "owner@harbor.test", name: "Hannah Brooks" },
  therapists: [
    {
      key: "sam",
      email: "sam@harbor.test",
      name: "Sam Taylor",
      bio: "Sam works with runners, rowers and anyone whose body is asking for a break. Firm but never rushed.",
      // Monday to Friday, late on Tuesday.
      rules: week({ days: [1, 2, 3, 4, 5], start: [9], breakAt: [13], end: [17, 30], late: { weekday: 2, start: [12], breakAt: [16], end: [20] } }),
    },
    {
      key: "priya",
      email: "priya@harbor.test",
      name: "Priya Shah",
      bio: "Priya trained in Swedish and pregnancy massage and has a gift for calming busy minds. Her clients leave feeling lighter.",
      // Tuesday to Saturday, late on Thursday.
      rules: week({ days: [2, 3, 4, 5, 6], start: [10], breakAt: [13, 30], end: [18], late: { weekday: 4, start: [13], breakAt: [16, 30], end: [21] } }),
    },
  ],
  services: [
    {
      slug: "swedish-60",
      name: "Swedish massage",
      description: "A classic full-body massage with long, soothing strokes and medium pressure. A lovely way to unwind.",
      durationMinutes: 60, priceCents: 7000, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
      locationType: "STUDIO", sortOrder: 1, therapists: ["sam", "priya"], popularity: 4,
    },
    {
      slug: "deep-tissue-90",
      name: "Deep tissue massage",
      description: "Firm, focused work on stubborn knots in the back, neck and legs. You may feel a little tender the next day.",
      durationMinutes: 90, priceCents: 10500, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
      locationType: "STUDIO", sortOrder: 2, therapists: ["sam"], popularity: 2,
    },
    {
      slug: "pregnancy-60",
      name: "Pregnancy massage",
      description: "Gentle, side-lying massage with extra cushions for comfort, suitable from the second trimester onwards.",
      durationMinutes: 60, priceCents: 7500, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
      locationType: "STUDIO", sortOrder: 3, therapists: ["priya"], popularity: 1,
    },
  ],
  timeOff: [
    { therapist: "priya", daysFromNextMonday: -77, days: 5, reason: "Holiday" },
    { therapist: "sam", daysFromNextMonday: 3, days: 1, reason: "Dentist appointment" },
  ],
  clients: {
    regulars: 18,
    occasional: 24,
    oneOff: 18,
    firstNames: [
      "Oliver", "Amelia", "George", "Isla", "Harry", "Poppy", "Jack", "Freya", "Charlie", "Ella", "Alfie", "Rosie",
      "Arjun", "Maisie", "Thomas", "Imogen",
    ],
    lastNames: ["Smith", "Jones", "Evans", "Hughes", "Wright", "Khan", "Roberts", "Walsh", "Turner", "Ahmed", "Cooper", "Bennett", "Ward", "Price"],
  },
  phone: (index) => `+44 7700 ${String(900000 + index).padStart(6, "0")}`,
  futureBookings: 15,
};
