import type { ReactNode } from "react";
import { cx } from "./cx";
import { AlertIcon, CheckIcon, InfoIcon } from "./icons";

export type AlertTone = "info" | "success" | "warning" | "error";

const TONES: Record<AlertTone, { box: string; icon: typeof InfoIcon }> = {
  info: { box: "border-sky-200 bg-sky-50 text-sky-950", icon: InfoIcon },
  success: { box: "border-emerald-200 bg-emerald-50 text-emerald-950", icon: CheckIcon },
  warning: { box: "border-amber-300 bg-amber-50 text-amber-950", icon: AlertIcon },
  error: { box: "border-rose-200 bg-rose-50 text-rose-950", icon: AlertIcon },
};

type Props = { tone?: AlertTone; title?: ReactNode; children?: ReactNode; className?: string; testId?: string };

/** Errors and warnings are announced at once (role=alert); info and success politely (role=status). */
export function Alert({ tone = "info", title, children, className, testId }: Props) {
  const role = tone === "error" || tone === "warning" ? "alert" : "status";
  const Icon = TONES[tone].icon;
  return (
    <div role={role} data-testid={testId} className={cx("flex gap-3 rounded-xl border p-4", TONES[tone].box, className)}>
      <Icon className="mt-0.5 size-5 shrink-0" />
      <div className="min-w-0 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="text-sm leading-relaxed">{children}</div>}
      </div>
    </div>
  );
}
