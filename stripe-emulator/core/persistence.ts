import fs from "node:fs";
import path from "node:path";
import type { State } from "./state";
import type { QueuedDelivery } from "../webhooks/queue";

// One JSON file holds the whole emulator: its objects and the webhook deliveries still owed.
// Written whole after every mutation via a temp file and rename, so a crash mid-write leaves
// the previous complete file, never a torn one.

export interface PersistedFile {
  format: "stripe-emulator";
  version: 1;
  state: State;
  webhook_queue: QueuedDelivery[];
}

export function loadFile(file: string): PersistedFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Refuse to start rather than silently wiping someone's demo data.
    throw new Error(`Stripe emulator data file ${file} is not valid JSON; fix or delete it.`);
  }
  const p = parsed as Partial<PersistedFile>;
  if (p.format !== "stripe-emulator" || p.version !== 1 || !p.state) {
    throw new Error(`Stripe emulator data file ${file} is not in the expected format (format "stripe-emulator", version 1).`);
  }
  return { format: "stripe-emulator", version: 1, state: p.state, webhook_queue: p.webhook_queue ?? [] };
}

export function saveFile(file: string, data: PersistedFile): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data));
  fs.renameSync(tmp, file);
}
