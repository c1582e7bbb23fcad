import type { AuditChange, AuditEntry } from "./audit";
import { describePolicyValue, POLICY_LABELS, type PolicyField } from "./policies";
import { POLICIES_AUDIT_ACTION } from "./update-policies";

// How a change-log row reads: "Deposit: 20% of the price → $25.00 deposit". Policy changes keep
// raw values (described here in the salon's currency); every other area stores display strings.

export type AuditLine = { label: string; before: string; after: string };

function describePlain(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length ? value.map(describePlain).join(", ") : "none";
  return String(value);
}

export function describeAuditEntry(entry: Pick<AuditEntry, "action" | "changes">, salon: { currency: string; locale: string }): AuditLine[] {
  return Object.entries(entry.changes).map(([field, change]: [string, AuditChange]) => {
    if (entry.action === POLICIES_AUDIT_ACTION && field in POLICY_LABELS) {
      const f = field as PolicyField;
      return {
        label: POLICY_LABELS[f],
        before: describePolicyValue(f, change.before, salon.currency, salon.locale),
        after: describePolicyValue(f, change.after, salon.currency, salon.locale),
      };
    }
    return {
      label: field,
      before: describePlain(change.before),
      after: describePlain(change.after),
    };
  });
}
