import fs from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { BASE_URL, OUTBOX_DIR } from "./env";

export type Mail = { id: string; sentAt: string; to: string; subject: string; text: string; html: string };

async function readOutbox(): Promise<Mail[]> {
  const names = await fs.readdir(OUTBOX_DIR).catch(() => [] as string[]);
  const mails: Mail[] = [];
  for (const name of names.filter((n) => n.endsWith(".json"))) {
    const text = await fs.readFile(path.join(OUTBOX_DIR, name), "utf8").catch(() => "");
    try {
      mails.push(JSON.parse(text) as Mail);
    } catch {
      // Still being written: the next poll reads it whole.
    }
  }
  return mails.sort((a, b) => a.id.localeCompare(b.id));
}

/** Polls the outbox until a message to `to` (whose subject matches) arrives; returns the newest. */
export async function waitForMail(to: string, subject: RegExp = /./, timeout = 20_000): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await readOutbox()).filter((m) => m.to.toLowerCase() === to.toLowerCase() && subject.test(m.subject));
        found = mails.at(-1);
        return found?.subject;
      },
      { message: `an email to ${to} with a subject matching ${subject} in ${OUTBOX_DIR}`, timeout, intervals: [100, 250, 500] },
    )
    .toBeTruthy();
  return found!;
}

/** The first link in the mail's text whose path matches; moved onto the test server's origin. */
export function linkIn(mail: Mail, pathPattern: RegExp): string {
  const urls = mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
  const url = urls.map((u) => new URL(u)).find((u) => pathPattern.test(u.pathname));
  if (!url) throw new Error(`No link matching ${pathPattern} in the mail "${mail.subject}":\n${mail.text}`);
  return onTestServer(url.toString());
}

export function onTestServer(link: string): string {
  const url = new URL(link);
  const base = new URL(BASE_URL);
  url.protocol = base.protocol;
  url.host = base.host;
  return url.toString();
}
