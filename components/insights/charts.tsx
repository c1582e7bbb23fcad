"use client";

import { Bar, BarChart, CartesianGrid, Cell as BarCell, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { displayValue, type SalonFormat, type ValueKind } from "@/lib/insights/values";

// The dashboard's charts (Recharts, drawn in the browser). Each is a picture of a table the page
// also renders: the chart is an image with a one-line summary for screen readers, and its figures
// are in the table under it, so nothing here needs to be reachable by keyboard.

const BRAND = "#3d7061";
const BRAND_LIGHT = "#9cc3b5";
const GRID = "#e7e5e4";
const AXIS = { fontSize: 12, fill: "#57534e" };

export type BarDatum = { name: string; value: number | null };

function ChartFrame({ summary, height, children }: { summary: string; height: number; children: React.ReactElement }) {
  return (
    <div role="img" aria-label={summary} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/** Bars of one figure per category: horizontal (long names, e.g. therapists) or vertical. */
export function SimpleBarChart({ data, kind, salon, summary, horizontal = false, max }: { data: BarDatum[]; kind: ValueKind; salon: SalonFormat; summary: string; horizontal?: boolean; max?: number }) {
  const format = (v: unknown) => (typeof v === "number" ? displayValue({ kind, value: v }, salon) : "");
  const domain: [number, number | "auto"] = [0, max ?? "auto"];
  const height = horizontal ? Math.max(140, data.length * 44 + 40) : 240;
  return (
    <ChartFrame summary={summary} height={height}>
      {horizontal ? (
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" domain={domain} tickFormatter={format} tick={AXIS} />
          <YAxis type="category" dataKey="name" width={110} tick={AXIS} />
          <Bar dataKey="value" fill={BRAND} radius={[0, 4, 4, 0]} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" formatter={format} style={{ fontSize: 12, fill: "#1c1917" }} />
          </Bar>
        </BarChart>
      ) : (
        <BarChart data={data} margin={{ top: 20, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis dataKey="name" tick={AXIS} interval={0} />
          <YAxis domain={domain} tickFormatter={format} tick={AXIS} width={56} />
          <Bar dataKey="value" fill={BRAND} radius={[4, 4, 0, 0]} isAnimationActive={false}>
            {data.map((d, i) => (
              <BarCell key={i} fill={d.value === null ? GRID : BRAND} />
            ))}
            <LabelList dataKey="value" position="top" formatter={format} style={{ fontSize: 12, fill: "#1c1917" }} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}

/** New and returning clients, this period beside the previous one. */
export function ClientMixChart({ data, salon, summary }: { data: { name: string; new: number; returning: number }[]; salon: SalonFormat; summary: string }) {
  const format = (v: unknown) => (typeof v === "number" ? displayValue({ kind: "count", value: v }, salon) : "");
  return (
    <ChartFrame summary={summary} height={220}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis type="number" tickFormatter={format} tick={AXIS} allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={110} tick={AXIS} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="returning" name="Returning" stackId="clients" fill={BRAND} isAnimationActive={false} />
        <Bar dataKey="new" name="New" stackId="clients" fill={BRAND_LIGHT} radius={[0, 4, 4, 0]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}

/** The average check-in score over the period, on the 1–5 scale (gaps where nobody checked in). */
export function ScoreTrendChart({ data, salon, summary }: { data: { name: string; value: number | null; checkIns: number }[]; salon: SalonFormat; summary: string }) {
  return (
    <ChartFrame summary={summary} height={240}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="name" tick={AXIS} minTickGap={24} />
        <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={AXIS} width={32} />
        <Tooltip formatter={(v) => (typeof v === "number" ? displayValue({ kind: "score", value: v }, salon) : "")} />
        <Line type="monotone" dataKey="value" name="Average score" stroke={BRAND} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
