import type { Role } from "@/lib/generated/prisma/enums";

// Every permission the app checks, and which roles hold it. One check function reads this map.
export const PERMISSIONS = [
  "bookings.read.all",
  "bookings.read.own",
  "bookings.update.own",
  "bookings.update.all",
  "salon.manage",
  "payments.manage",
  // Treatment notes on a session: a therapist on their own sessions, the owner on any.
  "notes.write.own",
  "notes.write.all",
  // Weekly hours, time off and the calendar feed: a therapist's own, or (owner) anyone's.
  "schedule.manage.own",
  "schedule.manage.all",
  // The client list and client pages: a therapist the clients they have seen or will see, the owner all.
  "clients.read.own",
  "clients.read.all",
  // The loyalty dashboard: a therapist their own figures only, the owner the whole salon's.
  "insights.read.own",
  "insights.read.all",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  OWNER: ["bookings.read.all", "bookings.read.own", "bookings.update.all", "bookings.update.own", "salon.manage", "payments.manage", "notes.write.own", "notes.write.all", "schedule.manage.own", "schedule.manage.all", "clients.read.own", "clients.read.all", "insights.read.own", "insights.read.all"],
  THERAPIST: ["bookings.read.own", "bookings.update.own", "notes.write.own", "schedule.manage.own", "clients.read.own", "insights.read.own"],
  CLIENT: [],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function rolesHave(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => roleHas(role, permission));
}
