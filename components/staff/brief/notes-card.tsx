import { SessionNoteForm } from "@/components/staff/session-note-form";
import type { SessionBrief } from "@/lib/brief/get-session-brief";
import { formatDateTime } from "@/lib/format/format";
import { BriefCard, Empty } from "./brief-card";

/** The salon's notes on this client (this session's and earlier ones, newest first), and a new one; without a booking (the client page), the notes only. */
export function NotesCard({ brief, salon, canNote, fmt }: { brief: Pick<SessionBrief, "notes"> & { booking?: { id: string } }; salon: string; canNote: boolean; fmt: { timeZone: string; locale: string } }) {
  return (
    <BriefCard id="notes-heading" title="Treatment notes" testId="brief-notes">
      {brief.notes.length === 0 ? (
        <Empty>No notes on this client yet.</Empty>
      ) : (
        <ol className="space-y-3">
          {brief.notes.map((note) => (
            <li key={note.id} className="border-l-2 border-stone-300 pl-3">
              <p className="text-sm whitespace-pre-line text-stone-900">{note.body}</p>
              <p className="mt-0.5 text-xs text-stone-600">
                {note.authorName} · {note.booking.id === brief.booking?.id ? "this session" : `${note.booking.serviceName}, ${formatDateTime(note.booking.startsAt, fmt.timeZone, fmt.locale)}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canNote && brief.booking && (
        <div className="border-t border-stone-200 pt-3">
          <SessionNoteForm salon={salon} bookingId={brief.booking.id} />
        </div>
      )}
    </BriefCard>
  );
}
