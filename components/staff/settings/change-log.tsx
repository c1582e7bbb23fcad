import { formatDateTime } from "@/lib/format/format";
import type { AuditEntry } from "@/lib/settings/audit";
import { describeAuditEntry } from "@/lib/settings/describe-audit";

type Salon = { currency: string; locale: string; timeZone: string };

/** Who changed which setting, when, each field before → after; newest first. */
export function ChangeLog({ entries, salon, title = "Recent changes", empty = "No changes yet." }: { entries: AuditEntry[]; salon: Salon; title?: string; empty?: string }) {
  return (
    <section aria-labelledby="change-log-heading" className="space-y-3">
      <h2 id="change-log-heading" className="text-xl font-semibold text-stone-900">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {entries.map((entry) => (
            <li key={entry.id} className="space-y-1 px-3 py-2 text-sm">
              <p className="text-stone-900">
                <span className="font-semibold">{entry.actorName}</span>
                {entry.subject ? <span> · {entry.subject}</span> : null} <span className="text-stone-600">· {formatDateTime(entry.createdAt, salon.timeZone, salon.locale)}</span>
              </p>
              <ul className="text-stone-700">
                {describeAuditEntry(entry, salon).map((line) => (
                  <li key={line.label}>
                    {line.label}: {line.before} → {line.after}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
