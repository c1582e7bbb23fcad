import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { HomeIcon } from "@/components/ui/icons";
import { formatMoney } from "@/lib/format/format";
import type { PublicService } from "@/lib/booking/public-queries";

type Props = { service: PublicService; currency: string; locale: string; action?: ReactNode; headingLevel?: "h2" | "h3" };

/** A service with what to expect; `action` is its Book button or link. */
export function ServiceCard({ service, currency, locale, action, headingLevel: Heading = "h3" }: Props) {
  const headingId = `service-${service.id}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:flex-row sm:items-start sm:gap-5">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <Heading id={headingId} className="text-lg font-semibold text-stone-900">
            {service.name}
          </Heading>
          {service.locationType === "MOBILE" && <MobileBadge />}
        </div>
        <p className="mt-0.5 text-sm font-medium text-stone-700">
          {service.durationMinutes} min · {formatMoney(service.priceCents, currency, locale)}
        </p>
        <p className="mt-2 text-sm leading-relaxed whitespace-pre-line text-stone-700">{service.description}</p>
      </div>
      {action && <div className="shrink-0 sm:pt-1">{action}</div>}
    </article>
  );
}

export function MobileBadge() {
  return (
    <Badge tone="info">
      <HomeIcon className="size-3.5" /> Mobile · comes to you
    </Badge>
  );
}
