"use client";

import { useEffect, useState } from "react";

/**
 * "in 23 hours 12 minutes": rendered on the server first, then refreshed every half minute by
 * the server's clock (the browser's may be off), carried forward from the moment it rendered.
 */
export function ChargeCountdown({ at, serverNow }: { at: string; serverNow: string }) {
  const target = Date.parse(at);
  const [skew] = useState(() => Date.parse(serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.parse(serverNow));
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + skew), 30_000);
    return () => clearInterval(timer);
  }, [skew]);
  return <span data-testid="charge-countdown">{countdownText(target - now)}</span>;
}

export function countdownText(ms: number): string {
  if (ms <= 60_000) return "in a moment";
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (hours === 0) return `in ${part(rest, "minute")}`;
  return rest === 0 ? `in ${part(hours, "hour")}` : `in ${part(hours, "hour")} ${part(rest, "minute")}`;
}
