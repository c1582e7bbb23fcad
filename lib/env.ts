import { z } from "zod";

// Parsed once; defaults make the embedded mode work with no configuration at all.
const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  // Tests open an in-memory PGlite from a migrated snapshot instead of a directory.
  PGLITE_SNAPSHOT: z.string().optional(),
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(16).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Stillwater <bookings@stillwater.local>"),
  OUTBOX_DIR: z.string().default(".data/outbox"),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (!cached) {
    const parsed = ZEnvSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

const DEV_AUTH_SECRET = "dev-only-secret-do-not-use-in-production-0123456789";

/** The secret that signs sessions and manage links; a fixed default only outside production. */
export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === "production" && process.env.ALLOW_DEV_SECRET !== "1") {
    throw new Error("AUTH_SECRET must be set in production (or ALLOW_DEV_SECRET=1 for a local demo)");
  }
  return DEV_AUTH_SECRET;
}

/** Tests point the app at a per-file database by changing process.env; forget the parsed copy. */
export function resetEnvCache(): void {
  cached = undefined;
}
