import { useEffect, useRef } from "react";

/**
 * Moves focus to an element once the next render is on screen: after adding a row its first
 * field, after removing one the control that took its place.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id) => {
    pending.current = id;
  };
}
