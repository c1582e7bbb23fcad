import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { authSecret, env } from "@/lib/env";
import { sendMail } from "@/lib/mail/mailer";
import { escapeHtml } from "@/lib/mail/escape-html";
import { authAdapter } from "./adapter";
import { verifyPassword } from "./password";

const ZCredentialsSchema = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});

/** Staff: email + password. Clients: a sign-in link by email. Sessions are signed JWTs. */
export function authOptions(): NextAuthOptions {
  // next-auth v4 builds its links from NEXTAUTH_URL; keep it in step with APP_URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
    adapter: authAdapter(),
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = ZCredentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const prisma = await db();
          const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
          if (!user?.passwordHash) return null;
          if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      EmailProvider({
        maxAge: 24 * 3600,
        // Our mailer decides between SMTP and the local outbox; next-auth only hands us the link.
        server: "smtp://unused.invalid",
        async sendVerificationRequest({ identifier, url }) {
          await sendMail({
            to: identifier,
            subject: "Your sign-in link",
            text: `Sign in with this link (valid for 24 hours):\n${url}\n\nIf you did not ask for it, ignore this email.`,
            html: `<p>Sign in with this link (valid for 24 hours):</p><p><a href="${escapeHtml(url)}">Sign in</a></p><p>If you did not ask for it, ignore this email.</p>`,
          });
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
        return session;
      },
    },
  };
}
