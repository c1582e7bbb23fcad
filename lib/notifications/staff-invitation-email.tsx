import { Link, Text } from "@react-email/components";
import { SalonEmailLayout, emailStyles, type EmailSalon } from "./salon-layout";

// An owner's invitation to join the salon's staff: the link opens a page where the invited
// person chooses their password (or confirms the one they have) and joins.

export type StaffInvitationEmailData = {
  salon: EmailSalon;
  name: string;
  inviterName: string;
  /** "a therapist" or "an owner". */
  roleLabel: string;
  acceptUrl: string;
  /** When the link stops working, in the salon's time zone. */
  expires: string;
};

export function StaffInvitationEmail({ data }: { data: StaffInvitationEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} preview={`${data.inviterName} invited you to join ${data.salon.name}`}>
      <Text>Hi {data.name},</Text>
      <Text>
        {data.inviterName} invited you to join {data.salon.name} as {data.roleLabel}. With your account you&apos;ll see your calendar, your clients&apos; session briefs and your hours.
      </Text>
      <Text>
        <Link href={data.acceptUrl} style={emailStyles.button}>
          Accept the invitation
        </Link>
      </Text>
      <Text style={emailStyles.note}>
        The link works once, until {data.expires}. If you were not expecting this email, ignore it: nothing happens without the link.
      </Text>
    </SalonEmailLayout>
  );
}
