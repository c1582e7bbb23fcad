"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export type StaffNavLink = { href: string; label: string };

/**
 * A row of section links (the staff area's, or a page's own sections such as Settings); the one
 * you are in is marked (aria-current), not by colour alone. Wraps onto more rows on a phone, so
 * every section stays in sight.
 */
export function StaffNav({ links, label = "Staff area" }: { links: StaffNavLink[]; label?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-1 flex flex-wrap items-center gap-1">
      {links.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={cx(
              "inline-flex min-h-11 shrink-0 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap",
              current ? "bg-brand-50 text-brand-900 underline decoration-2 underline-offset-8" : "text-stone-700 hover:bg-stone-100",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
