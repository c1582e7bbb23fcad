import type { Metadata } from "next";
import Link from "next/link";
import { FlowHeader } from "@/components/booking/flow-header";
import { ChoiceSummary } from "@/components/booking/choice-summary";
import { SparkleIcon } from "@/components/ui/icons";
import { Avatar } from "@/components/booking/therapist-card";
import { listTherapistsForService } from "@/lib/booking/public-queries";
import { bookHref, STEP_INDEX } from "@/lib/actions/booking-flow";
import type { SalonParams, SearchParams } from "../../salon-context";
import { resolveFlow } from "../flow-context";

export const metadata: Metadata = { title: "Choose a therapist" };

export default async function ChooseTherapistPage({ params, searchParams }: { params: SalonParams; searchParams: SearchParams }) {
  const flow = await resolveFlow(params, searchParams);
  const { ctx, slug, service } = flow;
  const therapists = await listTherapistsForService(ctx.tenantId, service.id);
  const timeHref = (therapist: string) => bookHref(slug, "time", { service: service.id, therapist });

  return (
    <div className="space-y-6">
      <FlowHeader step={STEP_INDEX.therapist} title="Who would you like?" back={{ href: bookHref(slug, "service"), label: "Services" }}>
        <ChoiceSummary service={service} currency={ctx.tenant.currency} locale={ctx.tenant.locale} />
      </FlowHeader>
      <ul className="space-y-3">
        <li>
          <Option
            href={timeHref("any")}
            id="any"
            name="No preference"
            description="First available therapist: the most times to choose from."
            selected={flow.therapistParam === "any"}
            icon={
              <span aria-hidden="true" className="flex size-12 shrink-0 items-center justify-center rounded-full bg-sand-100 text-brand-700">
                <SparkleIcon className="size-6" />
              </span>
            }
          />
        </li>
        {therapists.map((t) => (
          <li key={t.id}>
            <Option href={timeHref(t.id)} id={t.id} name={t.displayName} description={t.bio} selected={flow.therapistParam === t.id} icon={<Avatar name={t.displayName} />} />
          </li>
        ))}
      </ul>
    </div>
  );
}

type OptionProps = { href: string; id: string; name: string; description: string | null; selected: boolean; icon: React.ReactNode };

function Option({ href, id, name, description, selected, icon }: OptionProps) {
  return (
    <Link
      href={href}
      aria-labelledby={`opt-${id}-name`}
      aria-describedby={description ? `opt-${id}-desc` : undefined}
      aria-current={selected ? "true" : undefined}
      className="flex min-h-16 items-center gap-4 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-500 hover:bg-brand-50 aria-[current=true]:border-brand-600 aria-[current=true]:ring-2 aria-[current=true]:ring-brand-600"
    >
      {icon}
      <span className="min-w-0 flex-1">
        <span id={`opt-${id}-name`} className="block font-semibold text-stone-900">
          {name}
        </span>
        {description && (
          <span id={`opt-${id}-desc`} className="mt-0.5 line-clamp-2 block text-sm text-stone-700">
            {description}
          </span>
        )}
      </span>
      <span aria-hidden="true" className="text-xl text-brand-700">
        ›
      </span>
    </Link>
  );
}
