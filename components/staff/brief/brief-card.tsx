import { cx } from "@/components/ui/cx";

/** One part of the brief: a titled card (its heading names the region for assistive tech). */
export function BriefCard({ id, title, tone = "plain", className, children, testId }: { id: string; title: string; tone?: "plain" | "health" | "accent"; className?: string; children: React.ReactNode; testId?: string }) {
  const tones = { plain: "border-stone-200 bg-white", health: "border-amber-300 bg-amber-50", accent: "border-brand-200 bg-brand-50" };
  return (
    <section aria-labelledby={id} className={cx("space-y-2 rounded-xl border p-4 sm:p-5", tones[tone], className)} data-testid={testId}>
      <h2 id={id} className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-stone-600">{children}</p>;
}
