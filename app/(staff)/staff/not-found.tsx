import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function StaffNotFound() {
  return (
    <div className="mx-auto max-w-md px-4 py-12 text-center">
      <NotFoundPanel href="/staff" action="Back to your salon">
        This page could not be found, or you do not have access to it.
      </NotFoundPanel>
    </div>
  );
}
