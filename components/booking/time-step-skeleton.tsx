import { LoadingLabel, Skeleton } from "@/components/ui/skeleton";

/** Shown while free times are computed; the step's header has already rendered above it. */
export function TimeStepSkeleton() {
  return (
    <div className="space-y-6">
      <LoadingLabel>Finding free times…</LoadingLabel>
      <Skeleton className="h-6 w-28" />
      <Skeleton className="h-9 w-64" />
      <Skeleton className="h-11 w-full" />
      <Skeleton className="h-5 w-56" />
      <div className="flex gap-2 overflow-hidden">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-24 w-[4.5rem] shrink-0 rounded-2xl" />
        ))}
      </div>
      <Skeleton className="h-6 w-48" />
      <div className="grid grid-cols-3 gap-2 sm:grid-cols-4">
        {Array.from({ length: 9 }, (_, i) => (
          <Skeleton key={i} className="h-12" />
        ))}
      </div>
    </div>
  );
}
