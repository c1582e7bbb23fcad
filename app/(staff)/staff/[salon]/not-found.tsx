import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function SalonStaffNotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <NotFoundPanel href="/staff" action="Back to the calendar">
        This could not be found in this salon, or you do not have access to it.
      </NotFoundPanel>
    </div>
  );
}
