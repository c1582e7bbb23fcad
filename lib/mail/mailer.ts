import fs from "node:fs/promises";
import path from "node:path";
import crypto from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type MailAttachment = { filename: string; content: string; contentType: string };
export type OutgoingMail = { to: string; subject: string; text: string; html: string; attachments?: MailAttachment[] };

// With SMTP_URL set, mail goes out through SMTP. Without it, nodemailer still renders the
// real RFC 822 message, and we keep it in a local outbox that the dev outbox page shows.

let transport: Transporter | undefined;

function getTransport(): Transporter {
  const { SMTP_URL } = env();
  transport ??= SMTP_URL ? nodemailer.createTransport(SMTP_URL) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transport;
}

export function usesLocalOutbox(): boolean {
  return !env().SMTP_URL;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const { MAIL_FROM } = env();
  const info = await getTransport().sendMail({ from: MAIL_FROM, ...mail });
  if (usesLocalOutbox()) await saveToOutbox(mail, (info as { message: Buffer }).message);
}

async function saveToOutbox(mail: OutgoingMail, raw: Buffer): Promise<void> {
  const dir = path.resolve(env().OUTBOX_DIR);
  await fs.mkdir(dir, { recursive: true });
  const sentAt = new Date();
  const id = `${sentAt.getTime()}-${crypto.randomBytes(4).toString("hex")}`;
  await fs.writeFile(path.join(dir, `${id}.eml`), raw);
  const { attachments, ...rest } = mail;
  const files = attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content }));
  await fs.writeFile(path.join(dir, `${id}.json`), JSON.stringify({ id, sentAt: sentAt.toISOString(), ...rest, ...(files ? { attachments: files } : {}) }, null, 2));
}
