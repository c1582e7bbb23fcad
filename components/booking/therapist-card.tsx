import type { PublicTherapist } from "@/lib/booking/public-queries";

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join("");
}

export function Avatar({ name }: { name: string }) {
  return (
    <span aria-hidden="true" className="flex size-12 shrink-0 items-center justify-center rounded-full bg-brand-100 text-base font-semibold text-brand-900">
      {initials(name)}
    </span>
  );
}

export function TherapistCard({ therapist }: { therapist: PublicTherapist }) {
  return (
    <article aria-labelledby={`therapist-${therapist.id}`} className="flex gap-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
      <Avatar name={therapist.displayName} />
      <div className="min-w-0">
        <h3 id={`therapist-${therapist.id}`} className="font-semibold text-stone-900">
          {therapist.displayName}
        </h3>
        {therapist.bio && <p className="mt-1 text-sm leading-relaxed text-stone-700">{therapist.bio}</p>}
      </div>
    </article>
  );
}
