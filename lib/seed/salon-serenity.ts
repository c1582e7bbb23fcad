import { week, type SalonSpec } from "./types";

export const SERENITY: SalonSpec = {
  seed: 0x5e7e71,
  tenant: {
    slug: "serenity",
    name: "Serenity Spa",
    tagline: "Unhurried massage in the heart of Manhattan",
    phone: "+1 212-555-0142",
    timeZone: "America/New_York",
    currency: "USD",
    locale: "en-US",
    cancellationNoticeHours: 24,
  },
  payments: { depositRule: { kind: "percent", basisPoints: 2000 }, lateCancelFeeMinor: 0, noShowFeeMinor: 0, reviewWindowHours: 24, stripeAccountId: "acct_demo_serenity", stripeChargesEnabled: true },
  location: {
    name: "Serenity Spa — Chelsea",
    addressLine1: "214 West 22nd Street",
    addressLine2: "Suite 3",
    city: "New York, NY",
    postalCode: "10011",
    country: "US",
  },
  owner: { email: "owner@serenity.test", name: "Olivia Reed" },
  therapists: [
    {
      key: "maya",
      email: "maya@serenity.test",
      name: "Maya Chen",
      bio: "Maya blends Swedish and deep tissue work to melt away desk-job tension. She also brings the table to you for in-home sessions.",
      // Monday to Friday, late on Thursday; weekends off.
      rules: week({ days: [1, 2, 3, 4, 5], start: [9], breakAt: [13], end: [18], late: { weekday: 4, start: [12], breakAt: [16], end: [21] } }),
    },
    {
      key: "leo",
      email: "leo@serenity.test",
      name: "Leo Park",
      bio: "A former athletic trainer, Leo focuses on recovery and mobility. Expect a firm, thoughtful touch and plenty of stretching tips.",
      // Tuesday to Saturday, late on Wednesday; Sunday and Monday off.
      rules: week({ days: [2, 3, 4, 5, 6], start: [10], breakAt: [14], end: [19], late: { weekday: 3, start: [13], breakAt: [16, 30], end: [21] } }),
    },
    {
      key: "ana",
      email: "ana@serenity.test",
      name: "Ana Souza",
      bio: "Ana's calm, flowing style makes her hot stone sessions a favourite. She loves helping first-timers feel at ease.",
      // Sunday, Monday, Wednesday, Friday and Saturday, late on Friday; Tuesday and Thursday off.
      rules: week({ days: [0, 1, 3, 5, 6], start: [9], breakAt: [13], end: [17], late: { weekday: 5, start: [12], breakAt: [15, 30], end: [20, 30] } }),
    },
  ],
  services: [
    {
      slug: "swedish-60",
      name: "Swedish massage",
      description: "Long, flowing strokes with light to medium pressure to ease tension and calm the nervous system. Ideal if you're new to massage.",
      durationMinutes: 60, priceCents: 9500, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
      locationType: "STUDIO", sortOrder: 1, therapists: ["maya", "leo", "ana"], popularity: 5,
    },
    {
      slug: "deep-tissue-90",
      name: "Deep tissue massage",
      description: "Slow, firm pressure that works into deeper muscle layers to release knots and chronic tightness. Tell your therapist where it hurts.",
      durationMinutes: 90, priceCents: 14000, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
      locationType: "STUDIO", sortOrder: 2, therapists: ["maya", "leo"], popularity: 3,
    },
    {
      slug: "hot-stone-75",
      name: "Hot stone massage",
      description: "Smooth heated basalt stones glide along your back and limbs, letting warmth relax muscles before gentle hands-on work.",
      durationMinutes: 75, priceCents: 12500, bufferBeforeMinutes: 15, bufferAfterMinutes: 15,
      locationType: "STUDIO", sortOrder: 3, therapists: ["leo", "ana"], popularity: 2,
    },
    {
      slug: "mobile-60",
      name: "Mobile in-home massage",
      description: "Your therapist comes to you with a table, linens and oils. Just clear a little floor space and we'll take care of the rest.",
      durationMinutes: 60, priceCents: 15000, bufferBeforeMinutes: 30, bufferAfterMinutes: 30,
      locationType: "MOBILE", sortOrder: 4, therapists: ["maya"], popularity: 1,
    },
    {
      slug: "express-30",
      name: "Express back & shoulders",
      description: "A focused half hour on your neck, shoulders and back. A quick reset on a busy day, done fully clothed if you prefer.",
      durationMinutes: 30, priceCents: 5500, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
      // No deposit for the quick one: the card is only saved (Checkout in setup mode).
      depositRule: { kind: "none" },
      locationType: "STUDIO", sortOrder: 5, therapists: ["maya", "ana"], popularity: 1.5,
    },
  ],
  timeOff: [
    { therapist: "leo", daysFromNextMonday: 1, days: 2, reason: "Continuing education course" },
    { therapist: "ana", daysFromNextMonday: -63, days: 7, reason: "Vacation" },
    { therapist: "maya", daysFromNextMonday: -24, days: 1, reason: "Personal day" },
  ],
  clients: {
    regulars: 36,
    occasional: 48,
    oneOff: 36,
    firstNames: [
      "Emma", "Liam", "Sophia", "Noah", "Ava", "James", "Isabella", "Lucas", "Mia", "Ethan", "Harper", "Daniel",
      "Chloe", "Mateo", "Grace", "Aiden", "Zoe", "Samuel", "Priya", "David", "Layla", "Marcus", "Nora", "Elijah",
    ],
    lastNames: [
      "Johnson", "Williams", "Garcia", "Martinez", "Nguyen", "Patel", "Kim", "Rodriguez", "Brown", "Davis", "Lopez", "Wilson",
      "Anderson", "Thomas", "Moore", "Jackson", "Lee", "Harris", "Clark", "Lewis", "Walker", "Hall",
    ],
  },
  phone: (index) => `+1 212-555-${String(1000 + index).padStart(4, "0")}`,
  futureBookings: 15,
};
