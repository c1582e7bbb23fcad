import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db/client";

// The parts of next-auth's adapter that email sign-in links need (sessions are JWTs, so no
// session table). Users are global; what they may see comes from their memberships.

function toAdapterUser(user: { id: string; email: string; name: string | null; emailVerified: Date | null }): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

export function authAdapter(): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const prisma = await db();
      const created = await prisma.user.create({
        data: { email: user.email.toLowerCase(), name: user.name ?? null, emailVerified: user.emailVerified ?? null },
      });
      return toAdapterUser(created);
    },
    async getUser(id) {
      const prisma = await db();
      const user = await prisma.user.findUnique({ where: { id } }).catch(() => null);
      return user ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const prisma = await db();
      const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
      return user ? toAdapterUser(user) : null;
    },
    async getUserByAccount() {
      return null;
    },
    async updateUser(user) {
      const prisma = await db();
      const updated = await prisma.user.update({
        where: { id: user.id },
        data: { name: user.name ?? undefined, emailVerified: user.emailVerified ?? undefined },
      });
      return toAdapterUser(updated);
    },
    async linkAccount() {
      return undefined;
    },
    async createVerificationToken(token) {
      const prisma = await db();
      return prisma.verificationToken.create({ data: token });
    },
    async useVerificationToken({ identifier, token }) {
      const prisma = await db();
      const found = await prisma.verificationToken.findUnique({ where: { identifier_token: { identifier, token } } });
      if (!found) return null;
      await prisma.verificationToken.delete({ where: { identifier_token: { identifier, token } } });
      return found;
    },
  };
}
