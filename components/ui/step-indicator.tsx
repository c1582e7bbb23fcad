import { cx } from "./cx";

type Props = { steps: readonly string[]; current: number; label?: string };

/** Progress through a multi-step flow; the current step carries aria-current="step". */
export function StepIndicator({ steps, current, label = "Booking progress" }: Props) {
  return (
    <nav aria-label={label}>
      <p className="mb-2 text-sm font-medium text-stone-700 sm:sr-only">
        Step {current + 1} of {steps.length}: {steps[current]}
      </p>
      {/* Equal columns from classes, not a style attribute: the CSP allows no inline styles. */}
      <ol className="grid auto-cols-fr grid-flow-col gap-1.5">
        {steps.map((step, i) => {
          const state = i < current ? "done" : i === current ? "current" : "todo";
          return (
            <li key={step} aria-current={state === "current" ? "step" : undefined} className="min-w-0">
              <span aria-hidden="true" className={cx("block h-1.5 rounded-full", state === "todo" ? "bg-stone-200" : "bg-brand-600")} />
              <span
                className={cx(
                  "mt-1.5 hidden truncate text-xs sm:block",
                  state === "current" ? "font-semibold text-brand-900" : state === "done" ? "text-stone-700" : "text-stone-600",
                )}
              >
                <span className="sr-only">{state === "done" ? "Completed: " : state === "current" ? "Current: " : "Next: "}</span>
                {step}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
