import Link from "next/link";
import { LeafIcon } from "@/components/ui/icons";
import { buttonClasses } from "@/components/ui/button-styles";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center px-4 text-center">
      <span className="inline-flex size-16 items-center justify-center rounded-full bg-brand-100 text-brand-700">
        <LeafIcon className="size-8" />
      </span>
      <p className="mt-4 text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-stone-900">Page not found</h1>
      <p className="mt-3 text-stone-700">This page could not be found, or you do not have access to it.</p>
      <Link href="/" className={buttonClasses("primary", "md", false, "mt-8")}>
        Go to the home page
      </Link>
    </main>
  );
}
