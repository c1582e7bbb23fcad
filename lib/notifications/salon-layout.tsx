import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";

/** The salon as its emails' frame shows it; `phone` is the one clients call (Settings → Salon profile), when set. */
export type EmailSalon = { name: string; address?: string | null; phone?: string | null };

const COLORS = { brand: "#305a4e", ink: "#1c1917", muted: "#57534e", line: "#e7e5e4", page: "#f5f5f4" };

/** A client's bookings at every salon (/account: signed in, or the emailed sign-in link first), on the app of `salonUrl`. */
export function myBookingsUrl(salonUrl: string): string {
  return new URL("/account", salonUrl).toString();
}

type Props = {
  salon: EmailSalon;
  preview: string;
  /** In emails to clients: where they find all their bookings ("My bookings"). */
  myBookingsUrl?: string;
  children: ReactNode;
};

/** One branded frame for every email of a salon: its name on top, its address and phone at the foot. */
export function SalonEmailLayout({ salon, preview, myBookingsUrl, children }: Props) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: COLORS.page, fontFamily: "-apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 12, maxWidth: 560, padding: "24px 28px", border: `1px solid ${COLORS.line}` }}>
          <Text style={{ color: COLORS.brand, fontSize: 20, fontWeight: 700, margin: "0 0 16px" }}>{salon.name}</Text>
          <Section style={{ color: COLORS.ink, fontSize: 16, lineHeight: "24px" }}>{children}</Section>
          <Hr style={{ borderColor: COLORS.line, margin: "24px 0 12px" }} />
          {myBookingsUrl && (
            <Text style={{ color: COLORS.muted, fontSize: 13, lineHeight: "20px", margin: "0 0 8px" }}>
              All your bookings, with a sign-in link by email: <Link href={myBookingsUrl} style={{ color: COLORS.brand, fontWeight: 600 }}>My bookings</Link>
            </Text>
          )}
          <Text style={{ color: COLORS.muted, fontSize: 13, lineHeight: "20px", margin: 0 }}>
            {salon.name}
            {salon.address ? ` · ${salon.address}` : ""}
            {salon.phone && (
              <>
                {" · Phone: "}
                <Link href={`tel:${salon.phone.replace(/[^\d+]/g, "")}`} style={{ color: COLORS.brand }}>
                  {salon.phone}
                </Link>
              </>
            )}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const emailStyles = {
  row: { margin: "4px 0" },
  button: { backgroundColor: COLORS.brand, borderRadius: 10, color: "#ffffff", display: "inline-block", fontWeight: 600, padding: "12px 20px", textDecoration: "none" },
  note: { color: COLORS.muted, fontSize: 14, margin: "12px 0 0" },
} as const;
