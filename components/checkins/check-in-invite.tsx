import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

/** On the receipt: the one-minute check-in, or thanks once it is done. */
export function CheckInInvite({ href, done }: { href: string; done: boolean }) {
  if (done) return <p className="text-sm text-stone-700">Thank you for your check-in. Your therapist will see it before your next session.</p>;
  return (
    <Card as="section" aria-labelledby="check-in-heading" className="flex flex-wrap items-center justify-between gap-3 border-brand-200 bg-brand-50">
      <div>
        <h2 id="check-in-heading" className="font-semibold text-brand-900">
          How was it? One minute, for next time
        </h2>
        <p className="text-sm text-stone-800">Tell us what you would like different, and we will remember it.</p>
      </div>
      <LinkButton href={href}>Check in</LinkButton>
    </Card>
  );
}
