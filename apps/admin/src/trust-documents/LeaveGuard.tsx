import { Button, ButtonGroup, Notice } from "@atlas/ui";
import { useEffect, useRef } from "react";
import { type Blocker, useBlocker } from "react-router";

/**
 * Asks before leaving a page with unsaved changes: within the app (a link, the navigation, the
 * Back button) by React Router's blocker, and when closing or reloading the tab by the browser's
 * own question.
 */
export function useLeaveGuard(dirty: boolean): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [dirty]);
  return blocker;
}

/** The question, when a navigation was stopped; focus moves to it. */
export function LeaveGuardNotice({ blocker }: { blocker: Blocker }) {
  const ref = useRef<HTMLDivElement>(null);
  const blocked = blocker.state === "blocked";
  useEffect(() => {
    if (blocked) ref.current?.focus();
  }, [blocked]);
  if (!blocked) return null;
  return (
    <div ref={ref} tabIndex={-1} className="admin-leave-guard">
      <Notice tone="warning" title="You have unsaved changes" role="alert">
        <p>If you leave this page now, the changes you made since you last saved will be lost.</p>
        <ButtonGroup>
          <Button type="button" variant="warning" onClick={() => blocker.proceed?.()}>
            Leave without saving
          </Button>
          <Button type="button" variant="secondary" onClick={() => blocker.reset?.()}>
            Stay on this page
          </Button>
        </ButtonGroup>
      </Notice>
    </div>
  );
}
