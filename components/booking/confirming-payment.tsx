"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Spinner } from "@/components/ui/spinner";

const REFRESH_MS = 2000;
const PATIENCE_MS = 40_000;

/**
 * Back from Checkout before Stripe's confirmation reached us: say so, and look again every
 * two seconds until the booking is confirmed (the server page then renders the booked state).
 */
export function ConfirmingPayment() {
  const router = useRouter();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      router.refresh();
      if (Date.now() - started > PATIENCE_MS) setSlow(true);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <div role="status" aria-live="polite" data-testid="confirming-payment" className="flex gap-3 rounded-xl border border-sky-200 bg-sky-50 p-4 text-sky-950">
      <Spinner className="mt-0.5 size-5 shrink-0" />
      <div className="space-y-1 text-sm leading-relaxed">
        <p className="font-semibold">Confirming your payment…</p>
        <p>
          {slow
            ? "This is taking longer than usual. You can close this page: we'll email your confirmation as soon as the payment is confirmed."
            : "Stripe has your payment; we're waiting for its confirmation. This page updates by itself."}
        </p>
      </div>
    </div>
  );
}
