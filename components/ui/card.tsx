import type { HTMLAttributes } from "react";
import { cx } from "./cx";

type Props = HTMLAttributes<HTMLElement> & { as?: "div" | "section" | "article" | "li"; padded?: boolean };

export function Card({ as: Tag = "div", padded = true, className, ...rest }: Props) {
  return <Tag className={cx("rounded-2xl border border-stone-200 bg-white shadow-sm", padded && "p-5 sm:p-6", className)} {...rest} />;
}
