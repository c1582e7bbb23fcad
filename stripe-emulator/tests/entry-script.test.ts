import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("scripts/stripe-emulator.ts", () => {
  it("prints one line when listening, serves the API and stops cleanly on SIGTERM", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stripe-emulator-entry-"));
    const dataFile = path.join(dir, "data.json");
    const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "stripe-emulator.ts")], {
      cwd: root,
      env: { ...process.env, STRIPE_EMULATOR_PORT: "0", STRIPE_EMULATOR_DATA: dataFile, STRIPE_WEBHOOK_URL: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let out = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1] as string);
        });
        child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${out}`)));
      });
      expect(out.trim().split("\n")).toHaveLength(1);
      const res = await fetch(`${url}/v1/customers`, { method: "POST", headers: { Authorization: "Bearer sk_test_entry" }, body: new URLSearchParams({ email: "e@example.com" }) });
      expect(res.status).toBe(200);
      child.kill("SIGTERM");
      const [code] = (await once(child, "exit")) as [number | null];
      expect(code).toBe(0);
      const saved = JSON.parse(fs.readFileSync(dataFile, "utf8")) as { state: { scopes: { platform: { customers: object } } } };
      expect(Object.keys(saved.state.scopes.platform.customers)).toHaveLength(1);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
