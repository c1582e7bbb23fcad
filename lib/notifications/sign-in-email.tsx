import { Link, Text } from "@react-email/components";
import { SalonEmailLayout, emailStyles } from "./salon-layout";

/** The emailed sign-in link (clients; staff use their password). */
export function SignInLinkEmail({ url }: { url: string }) {
  return (
    <SalonEmailLayout salon={{ name: "Stillwater" }} preview="Your sign-in link">
      <Text>Sign in with this link (valid for 24 hours):</Text>
      <Text>
        <Link href={url} style={emailStyles.button}>
          Sign in
        </Link>
      </Text>
      <Text style={emailStyles.note}>If you did not ask for it, ignore this email: nobody can sign in without the link.</Text>
    </SalonEmailLayout>
  );
}
