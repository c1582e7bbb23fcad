import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function SalonNotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <NotFoundPanel href="/" action="See all salons">
        The salon, service or booking you&apos;re looking for could not be found, or the link is incomplete. If you followed a link from an
        email, try opening it again from the email.
      </NotFoundPanel>
    </div>
  );
}
