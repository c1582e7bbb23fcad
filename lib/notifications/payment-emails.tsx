import { Link, Text } from "@react-email/components";
import type { BookingEmailData } from "./booking-email-data";
import { SalonEmailLayout, emailStyles, myBookingsUrl } from "./salon-layout";

// The payment emails to the client: the receipt after the session, the charge, a card that
// needs them, a concern's outcome. Every one links to the receipt page, where they can act.

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Text style={emailStyles.row}>
      <strong>{label}:</strong> {value}
    </Text>
  );
}

function Amounts({ data }: { data: BookingEmailData }) {
  const p = data.payment;
  return (
    <>
      <Row label={data.serviceName} value={data.price} />
      {p.extras.map((e, i) => (
        <Row key={i} label={e.description} value={e.amount} />
      ))}
      <Row label="Deposit paid" value={p.deposit} />
      {p.reduced && <Row label="Taken off by the salon" value={p.reduced} />}
      {p.tip && <Row label="Tip" value={p.tip} />}
      <Row label="Balance due" value={p.balanceDue} />
    </>
  );
}

function ReceiptButton({ data, label }: { data: BookingEmailData; label: string }) {
  return (
    <Text>
      <Link href={data.receiptUrl} style={emailStyles.button}>
        {label}
      </Link>
    </Text>
  );
}

export function SessionReceiptEmail({ data }: { data: BookingEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview={`Your receipt from ${data.salon.name}`}>
      <Text>Hi {data.client.name},</Text>
      <Text>Thank you for your {data.serviceName} with {data.therapist.name}. Here is your receipt.</Text>
      <Amounts data={data} />
      {data.payment.chargeAt && <Text>Your saved card will be charged the balance on {data.payment.chargeAt}. Until then you can add a tip, pay straight away, or tell us if something wasn&apos;t right.</Text>}
      <ReceiptButton data={data} label="Open your receipt" />
      <Text>
        How was it? <Link href={data.checkInUrl}>Check in in one minute</Link> and tell us anything you would like different next time: we will remember it.
      </Text>
    </SalonEmailLayout>
  );
}

export function PaymentReceivedEmail({ data }: { data: BookingEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview={`Paid: ${data.serviceName} at ${data.salon.name}`}>
      <Text>Hi {data.client.name},</Text>
      <Text>Your payment for {data.serviceName} on {data.when} went through. Nothing more is due.</Text>
      <Row label="Paid in total" value={data.payment.paid} />
      {data.payment.tip && <Row label="Including your tip" value={data.payment.tip} />}
      <ReceiptButton data={data} label="View your receipt" />
    </SalonEmailLayout>
  );
}

export function PaymentNeedsYouEmail({ data }: { data: BookingEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview="Your bank needs you to confirm a payment">
      <Text>Hi {data.client.name},</Text>
      <Text>Your bank asked for your confirmation before we could charge your saved card for {data.serviceName} on {data.when}, so nothing was charged.</Text>
      <Row label="Balance due" value={data.payment.balanceDue} />
      <Text>Please confirm the payment with your card, or pay with another one:</Text>
      <ReceiptButton data={data} label="Pay now" />
    </SalonEmailLayout>
  );
}

export function PaymentDeclinedEmail({ data }: { data: BookingEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview="Your card was declined">
      <Text>Hi {data.client.name},</Text>
      <Text>We could not charge your saved card for {data.serviceName} on {data.when}: the card was declined. Nothing was charged.</Text>
      <Row label="Balance due" value={data.payment.balanceDue} />
      {data.payment.nextRetryAt ? (
        <Text>We will try the card again on {data.payment.nextRetryAt}. To settle it now, or with another card:</Text>
      ) : (
        <Text>We will not try the card again. Please pay the balance with another card:</Text>
      )}
      <ReceiptButton data={data} label="Pay with another card" />
    </SalonEmailLayout>
  );
}

const DECISION_WORDS: Record<string, string> = {
  CHARGE_FULL: "The salon looked into it and will charge the balance as it was.",
  DISCOUNT: "The salon took something off the balance.",
  WAIVE: "The salon waived the balance: nothing more will be charged.",
};

export function ConcernDecidedEmail({ data }: { data: BookingEmailData }) {
  const concern = data.payment.concern;
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview={`About your ${data.serviceName}: the salon replied`}>
      <Text>Hi {data.client.name},</Text>
      <Text>Thank you for telling us what wasn&apos;t right about your {data.serviceName} on {data.when}.</Text>
      {concern?.decision && <Text>{DECISION_WORDS[concern.decision]}</Text>}
      {concern?.note && (
        <Text>
          <strong>From {data.salon.name}:</strong> {concern.note}
        </Text>
      )}
      <Amounts data={data} />
      <ReceiptButton data={data} label="View your receipt" />
    </SalonEmailLayout>
  );
}
