import Link from "next/link";
import { LeafIcon } from "@/components/ui/icons";
import { buttonClasses } from "@/components/ui/button-styles";

export default function SalonNotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <span className="inline-flex size-16 items-center justify-center rounded-full bg-brand-100 text-brand-700">
        <LeafIcon className="size-8" />
      </span>
      <p className="mt-4 text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-stone-900">Page not found</h1>
      <p className="mt-3 text-stone-700">
        The salon, service or booking you&apos;re looking for could not be found, or the link is incomplete. If you followed a link from an
        email, try opening it again from the email.
      </p>
      <Link href="/" className={buttonClasses("primary", "md", false, "mt-8")}>
        See all salons
      </Link>
    </div>
  );
}
