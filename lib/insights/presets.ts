// The dashboard's period choices (also read by the filter form in the browser, so nothing here
// may reach the database).

export const RANGE_PRESETS = ["30d", "90d", "365d", "this-month", "last-month", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const PRESET_LABELS: Record<RangePreset, string> = {
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "365d": "Last 12 months",
  "this-month": "This month",
  "last-month": "Last month",
  custom: "Custom dates",
};
