import { cancellationPolicyText } from "@/lib/booking/policy";

type Props = {
  /** The policy's plain-words terms (a booking's snapshot, or the salon's policy for this service). */
  terms: string[];
  /** Bookings made before payments have no terms, only the cancellation summary. */
  summary?: string;
  noticeHours: number;
  title?: string;
};

/** What happens to the client's money, in the order it happens, as agreed before paying. */
export function PolicyNote({ terms, summary, noticeHours, title = "Payment and cancellation" }: Props) {
  return (
    <section aria-labelledby="policy-heading" className="space-y-2 rounded-2xl bg-sand-100 p-5">
      <h2 id="policy-heading" className="font-semibold text-stone-900">
        {title}
      </h2>
      {terms.length > 0 ? (
        <ul data-testid="policy-text" className="list-disc space-y-1.5 pl-5 text-sm leading-relaxed text-stone-800">
          {terms.map((term) => (
            <li key={term}>{term}</li>
          ))}
        </ul>
      ) : (
        <p data-testid="policy-text" className="text-sm leading-relaxed text-stone-800">
          {summary ?? cancellationPolicyText(noticeHours)} Payment is taken after your session.
        </p>
      )}
    </section>
  );
}
