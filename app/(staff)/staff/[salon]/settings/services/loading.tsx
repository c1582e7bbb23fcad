import { LoadingLabel, Skeleton } from "@/components/ui/skeleton";

export default function ServicesLoading() {
  return (
    <div className="space-y-4">
      <LoadingLabel>Loading services…</LoadingLabel>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-5 w-full max-w-prose" />
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-40 w-full" />
      ))}
    </div>
  );
}
