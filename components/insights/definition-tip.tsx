"use client";

import { useEffect, useId, useRef, useState } from "react";
import { InfoIcon } from "@/components/ui/icons";

/**
 * What a figure means, on hover, keyboard focus or tap (a toggletip): the button is described by
 * the definition, so a screen reader reads it on focus. Escape hides it until the pointer or
 * focus leaves (WCAG 1.4.13); a tap elsewhere closes a tapped-open one.
 */
export function DefinitionTip({ label, definition }: { label: string; definition: string }) {
  const id = useId();
  // auto: shown while hovered or focused (CSS); open: tapped open; dismissed: Escape pressed.
  const [mode, setMode] = useState<"auto" | "open" | "dismissed">("auto");
  const root = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && root.current?.matches(":hover, :focus-within")) setMode("dismissed");
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setMode((m) => (m === "open" ? "auto" : m));
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, []);

  const visibility = mode === "open" ? "block" : mode === "dismissed" ? "hidden" : "hidden group-focus-within:block group-hover:block";
  return (
    <span ref={root} className="group relative inline-flex" onPointerLeave={() => setMode((m) => (m === "dismissed" ? "auto" : m))} onBlur={() => setMode("auto")}>
      <button
        type="button"
        aria-label={`What “${label}” means`}
        aria-describedby={id}
        aria-expanded={mode === "open"}
        onClick={() => setMode((m) => (m === "open" ? "dismissed" : "open"))}
        className="inline-flex size-8 items-center justify-center rounded-full text-stone-500 hover:bg-stone-100 hover:text-stone-800"
      >
        <InfoIcon className="size-4" aria-hidden="true" />
      </button>
      <span id={id} role="tooltip" className={`absolute top-full right-0 z-20 mt-1 w-64 max-w-[80vw] rounded-lg bg-stone-900 px-3 py-2 text-left text-xs leading-relaxed font-normal text-white shadow-lg ${visibility}`}>
        {definition}
      </span>
    </span>
  );
}
