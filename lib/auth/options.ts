import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { headers } from "next/headers";
import { authSecret, env } from "@/lib/env";
import { sendMail } from "@/lib/mail/mailer";
import { renderEmail } from "@/lib/notifications/render";
import { SignInLinkEmail } from "@/lib/notifications/sign-in-email";
import { clientIp } from "@/lib/http/client-ip";
import { normalizeEmailIdentifier } from "@/lib/validation/email";
import { authAdapter } from "./adapter";
import { authenticateWithPassword } from "./authenticate";
import { ZCredentialsSchema } from "./credentials";
import { safeRedirectUrl } from "./safe-redirect";
import { MAX_SESSION_SECONDS, revokeSession, startSession, touchSession } from "./sessions";

/**
 * Staff: email + password. Clients: a sign-in link by email (which never opens the staff
 * area: docs/decisions/007). The cookie is a signed JWT naming a server-side session record,
 * checked on every request, so signing out ends the session at once.
 */
export function authOptions(): NextAuthOptions {
  // next-auth v4 builds its links from NEXTAUTH_URL; keep it in step with APP_URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: MAX_SESSION_SECONDS },
    // HttpOnly and SameSite=Lax always (next-auth's defaults); Secure and __Secure- prefixed on https.
    useSecureCookies: env().APP_URL.startsWith("https://"),
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
          return authenticateWithPassword(parsed.data.email, parsed.data.password);
        },
      }),
      EmailProvider({
        maxAge: 24 * 3600,
        // A NUL in the address would reach getUserByEmail (22021, a 500); throwing gives next-auth's sign-in error.
        normalizeIdentifier: normalizeEmailIdentifier,
        // Our mailer decides between SMTP and the local outbox; next-auth only hands us the link.
        server: "smtp://unused.invalid",
        async sendVerificationRequest({ identifier, url }) {
          await sendMail({ to: identifier, subject: "Your sign-in link", ...(await renderEmail(SignInLinkEmail({ url }))) });
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account) {
          const request = await headers();
          const session = await startSession({
            userId: user.id,
            method: account.provider === "credentials" ? "PASSWORD" : "EMAIL_LINK",
            userAgent: request.get("user-agent"),
            ipAddress: clientIp(request),
          });
          token.uid = user.id;
          token.sid = session.id;
        }
        return token;
      },
      async session({ session, token }) {
        // A session without an active record is no session: signed out, expired or revoked.
        const record = typeof token.sid === "string" ? await touchSession(token.sid) : null;
        if (!record || record.userId !== token.uid) return { expires: session.expires };
        return { ...session, uid: record.userId, sid: record.id, method: record.method };
      },
      redirect({ url }) {
        return safeRedirectUrl(url, "/");
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
}
