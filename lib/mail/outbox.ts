import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import type { OutgoingMail } from "./mailer";

export type OutboxMessage = OutgoingMail & { id: string; sentAt: string };

/** Messages in the local outbox, newest first. */
export async function listOutbox(limit = 100): Promise<OutboxMessage[]> {
  const dir = path.resolve(env().OUTBOX_DIR);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const jsonNames = names.filter((n) => n.endsWith(".json")).sort().reverse().slice(0, limit);
  const messages = await Promise.all(jsonNames.map(async (n) => JSON.parse(await fs.readFile(path.join(dir, n), "utf8")) as OutboxMessage));
  return messages;
}

export async function findOutboxMessage(id: string): Promise<OutboxMessage | null> {
  if (!/^[0-9]+-[0-9a-f]{8}$/.test(id)) return null;
  const file = path.join(path.resolve(env().OUTBOX_DIR), `${id}.json`);
  const text = await fs.readFile(file, "utf8").catch(() => null);
  return text ? (JSON.parse(text) as OutboxMessage) : null;
}

/**
 * The outbox pages show sign-in links and manage tokens: whoever reads them can act as any
 * client who got mail. So they exist in development, and in a production build only in the
 * loudly named unsafe demo mode (UNSAFE_DEMO_OUTBOX=1), and never once SMTP is set.
 */
export function outboxPagesEnabled(): boolean {
  if (env().SMTP_URL) return false;
  return process.env.NODE_ENV !== "production" || unsafeDemoOutbox();
}

/** A production server showing the outbox: it says so at start and on every page. */
export function unsafeDemoOutbox(): boolean {
  return process.env.NODE_ENV === "production" && process.env.UNSAFE_DEMO_OUTBOX === "1" && !env().SMTP_URL;
}
