"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { acceptInvitation, inviteStaff, resendInvitation, revokeInvitation, viewInvitation } from "@/lib/staff/invitations";
import { addTherapistRole, deactivateTherapist, reactivateTherapist, setOwnerRole } from "@/lib/staff/members";
import { publicContext, type PublicContext } from "@/lib/tenancy/guard";
import { staffPath } from "@/lib/tenancy/staff-page";

// Settings → Staff: invitations, the owner role, an owner made a therapist too, and therapists
// deactivated or brought back, all by the salon's owners (the salon comes from the URL's slug,
// checked against the caller's membership). Accepting an invitation is public: the link's secret
// is the only credential.

const owners = (salon: string, ...path: string[]) => staffWith({ salon, permission: "salon.manage", returnTo: staffPath(salon, "settings", "staff", ...path) });

function refresh(slug: string, member?: string) {
  revalidatePath(staffPath(slug, "settings", "staff"));
  if (member) revalidatePath(staffPath(slug, "settings", "staff", member));
}

export type InviteResult = { email: string };

export const inviteStaffAction = formAction({
  schema: z.object({ salon: z.string(), name: z.string().max(500).default(""), email: z.string().max(500).default(""), role: z.string().default("") }),
  context: (form) => owners(form.salon),
  async run(form, { staff }): Promise<InviteResult> {
    const { email } = await inviteStaff({ staff, input: { name: form.name, email: form.email, role: form.role } });
    refresh(staff.tenant.slug);
    return { email };
  },
});

const ZInvitationForm = z.object({ salon: z.string(), invitation: z.string().max(100) });

export const resendInvitationAction = formAction({
  schema: ZInvitationForm,
  context: (form) => owners(form.salon),
  async run(form, { staff }): Promise<InviteResult> {
    const result = await resendInvitation({ staff, invitationId: form.invitation });
    refresh(staff.tenant.slug);
    return result;
  },
});

export const revokeInvitationAction = formAction({
  schema: ZInvitationForm,
  context: (form) => owners(form.salon),
  async run(form, { staff }): Promise<InviteResult> {
    const result = await revokeInvitation({ staff, invitationId: form.invitation });
    refresh(staff.tenant.slug);
    return result;
  },
});

export type RoleResult = { changed: boolean; owner: boolean };

export const setOwnerRoleAction = formAction({
  schema: z.object({ salon: z.string(), member: z.string().max(100), owner: z.enum(["yes", "no"]) }),
  context: (form) => owners(form.salon, form.member),
  async run(form, { staff }): Promise<RoleResult> {
    const result = await setOwnerRole({ staff, member: form.member, owner: form.owner === "yes" });
    refresh(staff.tenant.slug, result.member.userId);
    // Without the owner role the settings are closed to them: their calendar instead.
    if (result.selfDemoted) redirect(staffPath(staff.tenant.slug, "calendar"));
    return { changed: result.changed, owner: result.member.roles.includes("OWNER") };
  },
});

export type TherapistStatusResult = { changed: boolean; active: boolean; upcoming: number };

const ZMemberForm = z.object({ salon: z.string(), member: z.string().max(100) });

export const deactivateTherapistAction = formAction({
  schema: ZMemberForm,
  context: (form) => owners(form.salon, form.member),
  async run(form, { staff }): Promise<TherapistStatusResult> {
    const result = await deactivateTherapist({ staff, member: form.member });
    refresh(staff.tenant.slug, result.member.userId);
    return { changed: result.changed, active: false, upcoming: result.upcoming };
  },
});

export const reactivateTherapistAction = formAction({
  schema: ZMemberForm,
  context: (form) => owners(form.salon, form.member),
  async run(form, { staff }): Promise<TherapistStatusResult> {
    const result = await reactivateTherapist({ staff, member: form.member });
    refresh(staff.tenant.slug, result.member.userId);
    return { changed: result.changed, active: true, upcoming: result.upcoming };
  },
});

export type TherapistRoleResult = { name: string };

export const addTherapistRoleAction = formAction({
  schema: ZMemberForm,
  context: (form) => owners(form.salon, form.member),
  async run(form, { staff }): Promise<TherapistRoleResult> {
    const member = await addTherapistRole({ staff, member: form.member });
    refresh(staff.tenant.slug, member.userId);
    return { name: member.name };
  },
});

export type AcceptResult = { email: string; salonName: string; salonSlug: string; role: "OWNER" | "THERAPIST" };

/** The salon an invitation link belongs to, as a public context; an unknown link is not found. */
async function invitationSalon(token: string): Promise<PublicContext> {
  const view = await viewInvitation(token);
  if (view.status === "unknown") throw new AppError("NOT_FOUND", "This invitation link is not valid. If the salon sent you a newer invitation, use the link in that email.");
  return publicContext(view.salon.slug);
}

export const acceptInvitationAction = formAction({
  schema: z.object({
    token: z.string().max(100),
    displayName: z.string().max(500).default(""),
    password: z.string().max(500).optional(),
    confirmPassword: z.string().max(500).optional(),
    currentPassword: z.string().max(500).optional(),
  }),
  context: (form) => invitationSalon(form.token),
  async run(form): Promise<AcceptResult> {
    const accepted = await acceptInvitation({ token: form.token, input: form });
    return { email: accepted.email, salonName: accepted.salon.name, salonSlug: accepted.salon.slug, role: accepted.role };
  },
});
