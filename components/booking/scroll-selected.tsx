"use client";

import { useEffect } from "react";

/** Scrolls a horizontal list so its pressed item is in view (the 14 days overflow on phones). */
export function ScrollSelectedIntoView({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    const selected = container?.querySelector<HTMLElement>('[aria-pressed="true"]');
    if (!container || !selected) return;
    const target = selected.offsetLeft - container.clientWidth / 2 + selected.offsetWidth / 2;
    container.scrollLeft = Math.max(0, target - container.offsetLeft);
  });
  return null;
}
