import type { BriefCheckIn } from "@/lib/brief/get-session-brief";

/**
 * One check-in as staff read it: the score, whether the goal was reached, what the client would
 * like different (and whether they kept it for next time), their wish in their words, and after
 * which session (`when` is its time, written as the page writes times). No wrapper of its own,
 * so it takes the spacing of the card or list item it stands in.
 */
export function CheckInSummary({ checkIn, when }: { checkIn: BriefCheckIn; when: React.ReactNode }) {
  return (
    <>
      <p className="text-stone-900">
        <span className="font-semibold">{checkIn.satisfaction}/5</span> · goal reached: <span className="font-semibold">{checkIn.goalReached.toLowerCase()}</span>
      </p>
      {checkIn.changes.length > 0 && (
        <div>
          <p className="text-sm font-medium text-stone-700">Would like different next time:</p>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {checkIn.changes.map((c) => (
              <li key={c.label} className="rounded-full border border-brand-200 bg-white px-2.5 py-0.5 text-sm font-medium text-brand-900">
                {c.label}
                {c.kept ? " · kept for next time" : ""}
              </li>
            ))}
          </ul>
        </div>
      )}
      {checkIn.wishes && <blockquote className="rounded-lg bg-sand-100 p-2 text-sm whitespace-pre-line text-stone-900">“{checkIn.wishes}”</blockquote>}
      <p className="text-xs text-stone-600">
        After {checkIn.serviceName} with {checkIn.therapistName}, {when}
      </p>
    </>
  );
}
