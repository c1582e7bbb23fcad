import { LoadingLabel, Skeleton } from "@/components/ui/skeleton";

export default function StaffSettingsLoading() {
  return (
    <div className="space-y-4">
      <LoadingLabel>Loading staff…</LoadingLabel>
      <Skeleton className="h-8 w-32" />
      <Skeleton className="h-5 w-full max-w-prose" />
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-20 w-full" />
      ))}
    </div>
  );
}
