import { Skeleton } from "@/components/ui/skeleton";

/**
 * While the list is read: its shape (a search, a table on wider screens, cards on a phone). In the
 * (list) group so that it does not wrap the client page: a page streamed under a loading boundary
 * has sent its 200 before it can say "not found", and another salon's client must answer 404.
 */
export default function ClientsLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading clients…
      </p>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-5 w-full max-w-xl" />
      <Skeleton className="h-12 w-full max-w-md" />
      <div className="hidden space-y-2 md:block">
        <Skeleton className="h-10 w-full" />
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-14 w-full" />
        ))}
      </div>
      <div className="space-y-3 md:hidden">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-40 w-full" />
        ))}
      </div>
    </div>
  );
}
