import { ClockIcon } from "@/components/ui/icons";
import { zoneLabel } from "./time-labels";

/** Names the zone every time on the page is shown in, e.g. "Times shown in New York time (EST)". */
export function ZoneNote({ instant, timeZone, locale }: { instant: number; timeZone: string; locale: string }) {
  return (
    <p data-testid="zone-note" className="flex items-center gap-2 text-sm text-stone-700">
      <ClockIcon className="size-5 shrink-0 text-brand-700" />
      <span>
        Times shown in <strong className="font-semibold text-stone-900">{zoneLabel(instant, timeZone, locale)}</strong>
      </span>
    </p>
  );
}
