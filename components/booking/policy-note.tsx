import { cancellationPolicyText } from "@/lib/booking/policy";

/** The cancellation policy in plain words, and when payment is taken. */
export function PolicyNote({ noticeHours, summary }: { noticeHours: number; summary?: string }) {
  return (
    <section aria-labelledby="policy-heading" className="space-y-2 rounded-2xl bg-sand-100 p-5">
      <h2 id="policy-heading" className="font-semibold text-stone-900">
        Cancellation policy
      </h2>
      <p data-testid="policy-text" className="text-sm leading-relaxed text-stone-800">
        {summary ?? cancellationPolicyText(noticeHours)}
      </p>
      <p className="text-sm leading-relaxed text-stone-800">
        <strong className="font-semibold">Nothing to pay now.</strong> Payment is taken after your session.
      </p>
    </section>
  );
}
