import type { ReactNode } from "react";

export type SummaryRow = { term: string; value: ReactNode; action?: ReactNode };

/** A definition list of booking facts: service, therapist, time… */
export function SummaryList({ rows, testId }: { rows: SummaryRow[]; testId?: string }) {
  return (
    <dl data-testid={testId} className="divide-y divide-stone-200">
      {rows.map((row) => (
        <div key={row.term} className="flex flex-col gap-0.5 py-3 first:pt-0 last:pb-0 sm:flex-row sm:gap-4">
          <dt className="shrink-0 text-sm text-stone-600 sm:w-36 sm:pt-0.5">{row.term}</dt>
          <dd className="flex min-w-0 flex-1 items-start justify-between gap-3 font-medium text-stone-900">
            <span className="min-w-0 break-words">{row.value}</span>
            {row.action}
          </dd>
        </div>
      ))}
    </dl>
  );
}
