// Where the e2e server (scripts/e2e-server.ts) runs and where its mail lands.
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = path.resolve(import.meta.dirname, "../../..", process.env.E2E_DATA_DIR ?? ".data/e2e");
export const OUTBOX_DIR = path.join(E2E_DATA_DIR, "outbox");
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "../../../test-results/screenshots");

export const DEMO_PASSWORD = "demo-password";
export const E2E_STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT ?? 12112);
export const STRIPE_EMULATOR_URL = `http://127.0.0.1:${E2E_STRIPE_PORT}`;
export const CLOCK_OFFSET_FILE = path.join(E2E_DATA_DIR, "clock-offset-ms");
