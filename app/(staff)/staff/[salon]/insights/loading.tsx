import { Skeleton } from "@/components/ui/skeleton";

/** While the figures are computed: the page's shape, so nothing jumps when they arrive. */
export default function InsightsLoading() {
  return (
    <div className="space-y-8" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the dashboard…
      </p>
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-20 w-full" />
      {[0, 1, 2].map((s) => (
        <div key={s} className="space-y-3">
          <Skeleton className="h-6 w-40" />
          <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-4">
            {[0, 1, 2, 3].map((c) => (
              <Skeleton key={c} className="h-28" />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
