// Starts the app for the browser suite (Playwright's webServer): a production build on a fresh
// embedded database of its own, seeded at the real current time, with mail in its own outbox
// and payments on its own Stripe emulator.
// Usage: tsx scripts/e2e-server.ts   (E2E_PORT overrides the port, default 3210; E2E_DATA_DIR the
// data directory, default .data/e2e, so two suites on one machine keep apart)
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3210";
const dataRoot = path.resolve(root, process.env.E2E_DATA_DIR ?? path.join(".data", "e2e"));
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PGLITE_DATA_DIR: path.join(dataRoot, "pglite"),
  OUTBOX_DIR: path.join(dataRoot, "outbox"),
  APP_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // Every browser of the suite comes from 127.0.0.1; per-account limits stay as they are.
  IP_RATE_LIMIT_FACTOR: "50",
  // Its own local Stripe (started by the app, data beside the database), apart from a dev server's.
  // Lets a test move the server's clock forward (a session ending, a review window passing).
  CLOCK_OFFSET_FILE: path.join(dataRoot, "clock-offset-ms"),
  STRIPE_EMULATOR_URL: `http://127.0.0.1:${process.env.E2E_STRIPE_PORT ?? "12112"}`,
};
// Always the embedded database and the local outbox, whatever the shell has set.
for (const name of ["DATABASE_URL", "SMTP_URL", "NEXTAUTH_URL", "PGLITE_SNAPSHOT", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]) delete env[name];

function run(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = env): void {
  const result = spawnSync(command, args, { cwd: root, env: extraEnv, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[e2e-server] ${command} ${args.join(" ")} failed (${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

fs.rmSync(dataRoot, { recursive: true, force: true });
fs.mkdirSync(path.join(dataRoot, "outbox"), { recursive: true });

if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("[e2e-server] No production build (.next/BUILD_ID): running npm run build");
  run("npm", ["run", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}

console.log(`[e2e-server] Fresh database in ${path.relative(root, dataRoot)}`);
run(bin("tsx"), ["scripts/prepare-db.ts"]);

const next = spawn(bin("next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => next.kill(signal));
}
next.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
