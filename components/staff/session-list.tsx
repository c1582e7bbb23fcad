import type { AuthSession } from "@/lib/generated/prisma/client";
import { formatDay, formatTime } from "@/lib/format/format";
import { describeDevice } from "@/lib/auth/describe-device";

function when(instant: Date, timeZone: string): string {
  return `${formatDay(instant, timeZone)}, ${formatTime(instant, timeZone)}`;
}

/** The user's signed-in browsers, this one first and marked. */
export function SessionList({ sessions, currentId, timeZone }: { sessions: AuthSession[]; currentId: string; timeZone: string }) {
  const ordered = [...sessions].sort((a, b) => Number(b.id === currentId) - Number(a.id === currentId));
  return (
    <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200">
      {ordered.map((s) => (
        <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
          <span>
            <span className="block font-medium text-stone-900">
              {describeDevice(s.userAgent)}
              {s.id === currentId && <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-900">This device</span>}
            </span>
            <span className="block text-sm text-stone-600">
              {s.method === "PASSWORD" ? "Password" : "Email link"} · signed in {when(s.createdAt, timeZone)}
              {s.ipAddress && s.ipAddress !== "unknown" ? ` · from ${s.ipAddress}` : ""}
            </span>
          </span>
          <span className="text-sm text-stone-600">Last active {when(s.lastSeenAt, timeZone)}</span>
        </li>
      ))}
    </ul>
  );
}
