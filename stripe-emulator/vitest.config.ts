import { defineConfig } from "vitest/config";

// Runs only the emulator's tests, without the app's database global setup:
//   npx vitest run --config stripe-emulator/vitest.config.ts
// (`npx vitest run stripe-emulator` with the root config runs the same files.)
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["tests/**/*.test.ts"],
    setupFiles: ["../tests/setup/fail-on-console-error.ts"],
    testTimeout: 30_000,
    pool: "forks",
  },
});
