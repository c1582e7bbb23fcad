import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "md" | "lg";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white shadow-sm hover:bg-brand-900 disabled:bg-stone-400",
  secondary: "border border-stone-300 bg-white text-stone-900 shadow-sm hover:border-brand-600 hover:bg-brand-50 disabled:text-stone-500",
  ghost: "text-brand-700 hover:bg-brand-50 disabled:text-stone-500",
  danger: "bg-rose-700 text-white shadow-sm hover:bg-rose-800 disabled:bg-stone-400",
};

const SIZES: Record<ButtonSize, string> = {
  md: "min-h-11 px-4 py-2 text-base",
  lg: "min-h-12 px-6 py-3 text-base sm:text-lg",
};

/** Shared by Button and LinkButton: 44px+ tap targets, visible focus ring. */
export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md", block = false, extra?: string): string {
  return cx(
    "inline-flex items-center justify-center gap-2 rounded-xl font-semibold transition-colors",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
    "disabled:cursor-not-allowed aria-disabled:cursor-not-allowed",
    VARIANTS[variant],
    SIZES[size],
    block && "w-full",
    extra,
  );
}
