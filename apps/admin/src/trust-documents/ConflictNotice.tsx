import { Button, Notice } from "@atlas/ui";
import { useEffect, useRef } from "react";
import { byWhom, formatDateTime } from "./when.ts";

/** What the API said when someone else saved first (VersionConflictError). */
export interface VersionConflict {
  message: string;
  currentVersion: number;
  changedBy?: string | null;
  changedAt?: string | null;
}

/** Who saved first and when, in a sentence. */
export function conflictSentence(conflict: VersionConflict, what: string): string {
  if (conflict.currentVersion === 0) {
    return `There is no saved draft of the ${what} any more. Nothing was overwritten.`;
  }
  const who = conflict.changedBy ?? "Someone else";
  const when = conflict.changedAt ? ` on ${formatDateTime(conflict.changedAt)}` : "";
  return `${who} saved a newer draft of the ${what} (version ${conflict.currentVersion})${when}, after you started editing. Nothing was overwritten.`;
}

/**
 * A refused save or publish because the draft changed meanwhile. The person's own values stay
 * in the form; loading the newer draft replaces them only when they choose to.
 */
export function ConflictNotice({
  conflict,
  what,
  onLoadNewer,
  loading,
}: {
  conflict: VersionConflict;
  /** "trust profile", "scheme of delegation". */
  what: string;
  onLoadNewer: () => void;
  loading: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="admin-conflict" tabIndex={-1}>
      <Notice tone="warning" title="Someone else saved a newer draft" role="alert">
        <p>{conflict.currentVersion === 0 ? conflict.message : conflictSentence(conflict, what)}</p>
        <p>
          Your changes are still in the form below, but they are not saved. You can copy anything
          you want to keep, then load the newer draft and make your changes again.
        </p>
        <Button
          type="button"
          variant="secondary"
          onClick={onLoadNewer}
          aria-disabled={loading || undefined}
        >
          {loading ? "Loading the newer draft…" : "Load the newer draft (replaces your changes)"}
        </Button>
      </Notice>
    </div>
  );
}

/** "Version 3, saved 4 June 2026 at 14:05 by Tia Admin". */
export function savedLine(version: number, savedAt: string, savedBy: string | null | undefined) {
  return `Version ${version}, saved ${formatDateTime(savedAt)}${byWhom(savedBy)}`;
}
