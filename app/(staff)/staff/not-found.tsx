import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function StaffNotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <NotFoundPanel href="/staff" action="Back to bookings">
        This booking could not be found in your salon, or you do not have access to it.
      </NotFoundPanel>
    </div>
  );
}
