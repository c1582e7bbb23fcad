// Zones and days the time-zone property tests draw from.
import fc from "fast-check";
import { DAY_MS, localDateToEpochDay } from "@/lib/availability/local-date";

export const ZONES = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"] as const;
export const zoneArb = fc.constantFrom(...ZONES);
/** A day number around the 2026 transitions. */
export const dayArb = fc.integer({ min: localDateToEpochDay("2025-12-01"), max: localDateToEpochDay("2027-01-31") });
export const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
