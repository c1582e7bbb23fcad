import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { StaffNav, type StaffNavLink } from "./staff-nav";

type Props = {
  /** The salon of the page (its name links to its calendar), or null on user-level pages. */
  salon: { slug: string; name: string; role: string } | null;
  links: StaffNavLink[];
  /** Other salons the person works at, offered as a switch. */
  otherSalons?: { slug: string; name: string }[];
};

/** The staff area's header: which salon, its sections, sign out. Two rows on a phone. */
export function StaffHeader({ salon, links, otherSalons = [] }: Props) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <div className="min-w-0 py-1">
          {salon ? (
            <Link href={`/staff/${salon.slug}/calendar`} className="block truncate text-lg font-semibold text-brand-900">
              {salon.name}
            </Link>
          ) : (
            <Link href="/staff" className="block text-lg font-semibold text-brand-900">
              Stillwater
            </Link>
          )}
          <p className="text-sm text-stone-600">
            Staff area{salon ? ` · ${salon.role}` : ""}
            {otherSalons.length > 0 && (
              <>
                {" · "}
                <Link href="/staff" className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  Switch salon
                </Link>
              </>
            )}
          </p>
        </div>
        <div className="order-last flex w-full items-start justify-between gap-2 sm:order-none sm:w-auto sm:items-center">
          <StaffNav links={links} />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
