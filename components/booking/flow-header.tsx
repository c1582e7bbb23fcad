import Link from "next/link";
import type { ReactNode } from "react";
import { StepIndicator } from "@/components/ui/step-indicator";
import { BOOKING_STEPS } from "@/lib/actions/booking-flow";

type Props = { step: number; title: string; back?: { href: string; label: string }; children?: ReactNode };

/** Top of every booking step: progress, a way back, the step's heading and what is chosen so far. */
export function FlowHeader({ step, title, back, children }: Props) {
  return (
    <div className="space-y-4">
      <StepIndicator steps={BOOKING_STEPS} current={step} />
      {back && (
        <Link href={back.href} className="-ml-2 inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          <span aria-hidden="true">←</span> {back.label}
        </Link>
      )}
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
      {children}
    </div>
  );
}
