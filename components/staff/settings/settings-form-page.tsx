import Link from "next/link";
import { Card } from "@/components/ui/card";

type Props = {
  /** The list this page belongs to: "← All services". */
  back: { href: string; label: string };
  title: string;
  /** A word on what saving does, under the heading. */
  intro?: React.ReactNode;
  /** The form, shown in a card. */
  children: React.ReactNode;
  /** What comes after the form, such as deleting the thing. */
  after?: React.ReactNode;
};

/** The page around one settings form (adding or editing a service or a location): the way back, the heading, the form in a card. */
export function SettingsFormPage({ back, title, intro, children, after }: Props) {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={back.href} className="text-sm font-medium text-brand-700 hover:underline">
          ← {back.label}
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">{title}</h1>
        {intro && <p className="max-w-prose text-stone-700">{intro}</p>}
      </header>
      <Card>{children}</Card>
      {after}
    </div>
  );
}
