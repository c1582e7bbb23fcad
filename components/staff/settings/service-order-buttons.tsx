"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { moveServiceAction, type ServiceMovedResult } from "@/lib/actions/settings-services";
import { failureOf, type FormState } from "@/lib/server/action-result";

type Props = { salon: string; serviceId: string; name: string; position: number; count: number };

/**
 * "Move up" / "Move down" for one service of the list: one small form whose pressed button posts
 * its direction, so it works without JavaScript. With it, focus stays on the button pressed
 * (the row moves) and the new position is announced.
 */
export function ServiceOrderButtons({ salon, serviceId, name, position, count }: Props) {
  const [state, action, pending] = useActionState<FormState<ServiceMovedResult>, FormData>(moveServiceAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const lastDirection = useRef<"up" | "down" | null>(null);
  const failure = failureOf(state);

  // Once the list shows this row at its new place (the action's answer and the refreshed list
  // may arrive one after the other), focus the button pressed, or the other one at an end.
  useEffect(() => {
    if (!state?.ok || !state.data.moved || !lastDirection.current || position !== state.data.position) return;
    const buttons = [...(formRef.current?.querySelectorAll<HTMLButtonElement>("button[name=direction]") ?? [])];
    (buttons.find((b) => b.value === lastDirection.current && !b.disabled) ?? buttons.find((b) => !b.disabled))?.focus();
    lastDirection.current = null;
  }, [state, position]);

  return (
    <form ref={formRef} action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="service" value={serviceId} />
      <Button type="submit" name="direction" value="up" variant="secondary" disabled={pending || position === 1} onClick={() => (lastDirection.current = "up")}>
        <span aria-hidden="true">↑</span> Up<span className="sr-only"> — move {name} up</span>
      </Button>
      <Button type="submit" name="direction" value="down" variant="secondary" disabled={pending || position === count} onClick={() => (lastDirection.current = "down")}>
        <span aria-hidden="true">↓</span> Down<span className="sr-only"> — move {name} down</span>
      </Button>
      <p role="status" className="sr-only">
        {state?.ok && state.data.moved ? `${name} is now number ${state.data.position} of ${state.data.count}.` : ""}
      </p>
      {failure && (
        <p role="alert" className="w-full text-sm font-medium text-rose-800">
          {failure.message}
        </p>
      )}
    </form>
  );
}
