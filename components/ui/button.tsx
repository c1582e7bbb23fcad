import type { ComponentPropsWithRef } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-styles";
import { Spinner } from "./spinner";

type Props = ComponentPropsWithRef<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  block?: boolean;
  /** Shows a spinner and disables the button. */
  pending?: boolean;
};

export function Button({ variant, size, block, pending, disabled, className, children, type = "button", ...rest }: Props) {
  return (
    <button type={type} disabled={disabled || pending} aria-busy={pending || undefined} className={buttonClasses(variant, size, block, className)} {...rest}>
      {pending && <Spinner className="size-4" />}
      {children}
    </button>
  );
}
