import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { describePreferences } from "@/lib/preferences/diff";
import type { TSessionPreferences } from "@/lib/preferences/schema";

type Props = {
  href: string;
  preferences: TSessionPreferences | null;
  hasHealthNotes: boolean;
  /** Until the session starts the client may change them. */
  editable: boolean;
};

/** The booking's preferences on the client's booking page: a summary, or the invitation to state them. */
export function PreferencesCard({ href, preferences, hasHealthNotes, editable }: Props) {
  if (!preferences) {
    if (!editable) return null;
    return (
      <Card as="section" aria-labelledby="prefs-heading" className="space-y-3 border-brand-200 bg-brand-50">
        <h2 id="prefs-heading" className="text-lg font-semibold text-brand-900">
          How would you like your session?
        </h2>
        <p className="text-stone-800">Relaxation or relief from pain? Music or silence, a scent, a chat or quiet? Tell your therapist in a minute, before you arrive.</p>
        <LinkButton href={href}>Tell us your preferences</LinkButton>
      </Card>
    );
  }
  return (
    <Card as="section" aria-labelledby="prefs-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="prefs-heading" className="text-lg font-semibold text-stone-900">
          Your preferences for this session
        </h2>
        {editable && (
          <LinkButton href={href} variant="secondary">
            Change
          </LinkButton>
        )}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {describePreferences(preferences).map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-medium text-stone-600">{row.label}</dt>
            <dd className="text-stone-900">{row.value}</dd>
          </div>
        ))}
        {hasHealthNotes && (
          <div className="contents">
            <dt className="font-medium text-stone-600">Health notes</dt>
            <dd className="text-stone-900">Shared with the salon&apos;s staff</dd>
          </div>
        )}
      </dl>
    </Card>
  );
}
