"use client";

import { useEffect } from "react";

/**
 * A booking step brought back from the browser's back/forward cache shows the page as it was
 * left: a details form before the draft was saved, a review whose time has since been booked.
 * Loading it again lets the server say where the client stands (e.g. open the booking made).
 */
export function ReloadOnRestore() {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
  return null;
}
