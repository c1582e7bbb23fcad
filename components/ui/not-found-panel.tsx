import Link from "next/link";
import { LeafIcon } from "./icons";
import { buttonClasses } from "./button-styles";

/** The 404 message every area shows, with its own explanation and a way back. */
export function NotFoundPanel({ children, href, action }: { children: React.ReactNode; href: string; action: string }) {
  return (
    <>
      <span className="inline-flex size-16 items-center justify-center rounded-full bg-brand-100 text-brand-700">
        <LeafIcon className="size-8" />
      </span>
      <p className="mt-4 text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-stone-900">Page not found</h1>
      <p className="mt-3 text-stone-700">{children}</p>
      <Link href={href} className={buttonClasses("primary", "md", false, "mt-8")}>
        {action}
      </Link>
    </>
  );
}
