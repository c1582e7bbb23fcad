// The choices a client makes about a session, each with the words people see. The values are
// what is stored; the labels may change without a migration.

export const GOALS = ["relaxation", "pain_relief", "sport_recovery", "other"] as const;
export const SOUNDS = ["soft_music", "nature", "silence"] as const;
export const SCENTS = ["vanilla", "lavender", "bergamot", "none", "other"] as const;
export const TALKING = ["chat", "when_needed", "quiet"] as const;
export const PRESSURES = ["light", "medium", "firm", "deep"] as const;
export const TEMPERATURES = ["cooler", "as_is", "warmer"] as const;
export const BODY_REGIONS = [
  "head",
  "face",
  "neck",
  "shoulders",
  "upper_back",
  "lower_back",
  "arms",
  "hands",
  "chest",
  "abdomen",
  "hips",
  "glutes",
  "thighs",
  "knees",
  "calves",
  "feet",
] as const;

export type Goal = (typeof GOALS)[number];
export type Sounds = (typeof SOUNDS)[number];
export type Scent = (typeof SCENTS)[number];
export type Talking = (typeof TALKING)[number];
export type Pressure = (typeof PRESSURES)[number];
export type Temperature = (typeof TEMPERATURES)[number];
export type BodyRegion = (typeof BODY_REGIONS)[number];

export const GOAL_LABELS: Record<Goal, string> = {
  relaxation: "Relaxation",
  pain_relief: "Relief from pain",
  sport_recovery: "Recovery after sport",
  other: "Something else",
};

export const SOUND_LABELS: Record<Sounds, string> = { soft_music: "Soft music", nature: "Natural sounds", silence: "Silence" };

export const SCENT_LABELS: Record<Scent, string> = { vanilla: "Vanilla", lavender: "Lavender", bergamot: "Bergamot", none: "No scent", other: "Another scent" };

export const TALKING_LABELS: Record<Talking, string> = { chat: "Happy to chat", when_needed: "Only when needed", quiet: "Quiet, please" };

export const PRESSURE_LABELS: Record<Pressure, string> = { light: "Light", medium: "Medium", firm: "Firm", deep: "Deep" };

export const TEMPERATURE_LABELS: Record<Temperature, string> = { cooler: "Cooler", as_is: "As it is", warmer: "Warmer" };

/** Body regions, front to back and head to toe, as a picker lists them. */
export const BODY_REGION_LABELS: Record<BodyRegion, string> = {
  head: "Head and scalp",
  face: "Face",
  neck: "Neck",
  shoulders: "Shoulders",
  upper_back: "Upper back",
  lower_back: "Lower back",
  arms: "Arms",
  hands: "Hands",
  chest: "Chest",
  abdomen: "Abdomen",
  hips: "Hips",
  glutes: "Glutes",
  thighs: "Thighs",
  knees: "Knees",
  calves: "Calves",
  feet: "Feet",
};
