import { formatMoney } from "@/lib/format/format";
import type { PublicService } from "@/lib/booking/public-queries";

type Props = { service: PublicService; currency: string; locale: string; therapist?: string; when?: string };

/** One line of what is chosen so far: "Swedish massage · 60 min · $95.00 · with Maya Chen · <when>". */
export function ChoiceSummary({ service, currency, locale, therapist, when }: Props) {
  return (
    <p data-testid="choice-summary" className="rounded-xl bg-sand-100 px-4 py-3 text-sm text-stone-800">
      <span className="font-semibold text-stone-900">{service.name}</span> · {service.durationMinutes} min ·{" "}
      {formatMoney(service.priceCents, currency, locale)}
      {therapist && <> · {therapist}</>}
      {when && <> · {when}</>}
    </p>
  );
}
