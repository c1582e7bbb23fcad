import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
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
  // How many reverse proxies in front of the app append to X-Forwarded-For (README: Security).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Multiplies the per-address limits where many people share one address (the browser suite).
  // With DATABASE_URL: run the job workers in the web server too (false when `npm run worker` serves them).
  JOBS_IN_APP: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  // Jobs of one queue each `npm run worker` process runs at once (the web server's workers run one).
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  // Payments (README: Payments). Without a secret key the app talks to the local Stripe emulator.
  STRIPE_SECRET_KEY: z.string().startsWith("sk_").optional().or(z.literal("").transform(() => undefined)),
  STRIPE_WEBHOOK_SECRET: z.string().optional().or(z.literal("").transform(() => undefined)),
  STRIPE_EMULATOR_URL: z.string().url().default("http://127.0.0.1:12111"),
  IP_RATE_LIMIT_FACTOR: z.coerce.number().int().min(1).max(1000).default(1),
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

let generatedSecret: string | undefined;

/**
 * The secret that signs sessions and manage links. Without AUTH_SECRET, the embedded setup
 * creates a random one on first use and keeps it under .data/, so a demo install is still safe.
 */
export function authSecret(): string {
  const { AUTH_SECRET, PGLITE_DATA_DIR } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  generatedSecret ??= readOrCreateSecret(path.join(path.dirname(path.resolve(PGLITE_DATA_DIR)), "auth-secret"));
  return generatedSecret;
}

function readOrCreateSecret(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process created it first
    }
  }
}

/** Tests point the app at a per-file database by changing process.env; forget the parsed copy. */
export function resetEnvCache(): void {
  cached = undefined;
}
