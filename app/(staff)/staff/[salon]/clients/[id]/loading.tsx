import { Skeleton } from "@/components/ui/skeleton";

/** While the client's page is read: their name, figures and the cards that follow. */
export default function ClientLoading() {
  return (
    <div className="mx-auto max-w-5xl space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the client…
      </p>
      <Skeleton className="h-5 w-24" />
      <Skeleton className="h-8 w-64" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-20" />
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-48" />
        ))}
      </div>
    </div>
  );
}
