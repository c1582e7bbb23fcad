import type { HeadlineMetric } from "@/lib/insights/headline";
import { describeChange, displayValue, NO_DATA, type SalonFormat } from "@/lib/insights/values";
import { cx } from "@/components/ui/cx";
import { DefinitionTip } from "./definition-tip";

type Props = { metric: HeadlineMetric; current: number | null; previous: number | null; salon: SalonFormat; comparedWith: string };

/**
 * One headline figure: its value, its definition behind the (i), and how it moved against the
 * previous period, in words and an arrow (good news in green, bad in red, never colour alone).
 */
export function MetricCard({ metric, current, previous, salon, comparedWith }: Props) {
  const value = displayValue({ kind: metric.kind, value: current }, salon);
  const change = describeChange(metric.kind, current, previous, salon);
  const good = change && change.direction !== "same" && metric.goodWhen ? (change.direction === metric.goodWhen ? "good" : "bad") : "neutral";
  return (
    <div className="flex min-w-0 flex-col gap-1 rounded-xl border border-stone-200 bg-white p-3" data-testid={`metric-${metric.id}`}>
      <div className="flex items-start justify-between gap-1">
        <h3 className="text-sm font-medium text-stone-700">{metric.label}</h3>
        <DefinitionTip label={metric.label} definition={metric.definition} />
      </div>
      <p className={cx("text-2xl font-semibold tabular-nums", value === NO_DATA ? "text-base text-stone-500" : "text-stone-900")}>{value}</p>
      <p className={cx("text-xs", good === "good" ? "text-emerald-800" : good === "bad" ? "text-red-800" : "text-stone-600")}>
        {current === null ? (
          <>{metric.whenMissing ?? "Nothing to count in this period yet."}</>
        ) : change ? (
          <>
            <span aria-hidden="true">{change.direction === "up" ? "▲ " : change.direction === "down" ? "▼ " : "● "}</span>
            {change.text} <span className="text-stone-600">vs {comparedWith}</span>
          </>
        ) : (
          <>Nothing to compare with in {comparedWith}</>
        )}
      </p>
    </div>
  );
}
