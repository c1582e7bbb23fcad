import type { Role } from "@/lib/generated/prisma/enums";

// How staff roles and changes read on the settings pages and in the change log.

export type StaffRole = Extract<Role, "OWNER" | "THERAPIST">;

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = { OWNER: "Owner", THERAPIST: "Therapist" };

/** "Owner, Therapist", owners first. */
export function describeRoles(roles: readonly Role[]): string {
  const staffRoles = (["OWNER", "THERAPIST"] as const).filter((r) => roles.includes(r));
  return staffRoles.length ? staffRoles.map((r) => STAFF_ROLE_LABELS[r]).join(", ") : "No role";
}

/** The change log's action names for staff changes (the staff page lists every "staff." one). */
export const STAFF_AUDIT = {
  invite: "staff.invite",
  resend: "staff.invite.resend",
  revoke: "staff.invite.revoke",
  accept: "staff.accept",
  roles: "staff.roles",
  deactivate: "staff.deactivate",
  reactivate: "staff.reactivate",
} as const;

export const STAFF_AUDIT_PREFIX = "staff.";

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;
