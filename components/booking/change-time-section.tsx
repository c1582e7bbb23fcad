import { LinkButton } from "@/components/ui/link-button";

type Props = { href: string | null; reason: string | null };

/** On the booking's page: "Change time" while the client may move it, otherwise why not, in a sentence. */
export function ChangeTimeSection({ href, reason }: Props) {
  return (
    <section aria-labelledby="change-time-heading" className="space-y-3" data-testid="change-time">
      <h2 id="change-time-heading" className="font-semibold text-stone-900">
        Need another time?
      </h2>
      {href ? (
        <>
          <p className="text-sm text-stone-700">Move it to another free time: your deposit and saved card carry over, nothing is charged.</p>
          <LinkButton href={href} variant="secondary" block className="sm:w-auto">
            Change time
          </LinkButton>
        </>
      ) : (
        <p className="text-sm text-stone-700">{reason}</p>
      )}
    </section>
  );
}
