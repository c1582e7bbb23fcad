"use client";

import { useEffect, useId, useRef, useState } from "react";
import { InfoIcon } from "@/components/ui/icons";

/**
 * What a figure means, on hover, keyboard focus or tap (a toggletip): the button is described by
 * the definition, so a screen reader reads it on focus; Escape or a tap elsewhere closes it.
 */
export function DefinitionTip({ label, definition }: { label: string; definition: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  return (
    <span ref={root} className="group relative inline-flex">
      <button
        type="button"
        aria-label={`What “${label}” means`}
        aria-describedby={id}
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="inline-flex size-8 items-center justify-center rounded-full text-stone-500 hover:bg-stone-100 hover:text-stone-800"
      >
        <InfoIcon className="size-4" aria-hidden="true" />
      </button>
      <span
        id={id}
        role="tooltip"
        className={`absolute top-full left-1/2 z-20 mt-1 w-64 -translate-x-1/2 rounded-lg bg-stone-900 px-3 py-2 text-left text-xs leading-relaxed font-normal text-white shadow-lg group-focus-within:block group-hover:block ${open ? "block" : "hidden"}`}
      >
        {definition}
      </span>
    </span>
  );
}
