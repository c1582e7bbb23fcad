import Link, { type LinkProps } from "next/link";
import type { AnchorHTMLAttributes } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-styles";

type Props = LinkProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof LinkProps> & {
    variant?: ButtonVariant;
    size?: ButtonSize;
    block?: boolean;
  };

/** A link that looks like a button (navigation stays a link for assistive tech). */
export function LinkButton({ variant, size, block, className, ...rest }: Props) {
  return <Link className={buttonClasses(variant, size, block, className)} {...rest} />;
}
