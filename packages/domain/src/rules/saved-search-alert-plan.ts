import type { SavedSearchAlertFrequency } from "../vocabularies/saved-search-alerts.ts";

/** The days between two weekly digests of one saved search. */
export const DIGEST_INTERVAL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What an alert run knows of one saved search. Trust ids throughout. */
export interface SavedSearchAlertState {
  frequency: SavedSearchAlertFrequency;
  /** The trusts the search matches now. */
  matching: readonly string[];
  /** The trusts it matched at the last run (or when it was saved): no news. */
  known: readonly string[];
  /** Trusts that started to match since the last weekly digest, not yet told. */
  pending: readonly string[];
  /** When the last digest was due (sent or not); the search's creation before the first. */
  digestClockFrom: Date;
  now: Date;
}

export interface SavedSearchAlertPlan {
  /** The trusts to tell the member of now, and how; none when `kind` is null. */
  kind: "ALERT" | "DIGEST" | null;
  tell: string[];
  /** What to keep for the next run. */
  known: string[];
  pending: string[];
  digestClockFrom: Date;
}

/**
 * One run of a saved search's alerts. A trust "starts to match" when the search matches it now
 * and did not at the last run, so a trust that leaves and comes back is news again, and a
 * trust already matching when the search was saved never is. Switched off, the search keeps
 * up with what it matches, so switching on later tells only of what starts after. A weekly
 * digest keeps a fixed weekly rhythm from the search's creation: a quiet week sends nothing
 * and does not make the next match go out at once, and a trust that stopped matching before
 * its digest is left out of it.
 */
export function planSavedSearchAlert(state: SavedSearchAlertState): SavedSearchAlertPlan {
  const known = new Set(state.known);
  const matching = [...new Set(state.matching)];
  const started = matching.filter((id) => !known.has(id));
  const keep = { known: matching, digestClockFrom: state.digestClockFrom };

  if (state.frequency === "OFF") return { ...keep, kind: null, tell: [], pending: [] };
  if (state.frequency === "IMMEDIATE") {
    return { ...keep, kind: started.length > 0 ? "ALERT" : null, tell: started, pending: [] };
  }

  const stillMatching = new Set(matching);
  const pending = [...new Set([...state.pending, ...started])].filter((id) =>
    stillMatching.has(id),
  );
  const periods = Math.floor(
    (state.now.getTime() - state.digestClockFrom.getTime()) / (DIGEST_INTERVAL_DAYS * DAY_MS),
  );
  if (periods < 1) return { ...keep, kind: null, tell: [], pending };
  const digestClockFrom = new Date(
    state.digestClockFrom.getTime() + periods * DIGEST_INTERVAL_DAYS * DAY_MS,
  );
  return {
    known: matching,
    digestClockFrom,
    kind: pending.length > 0 ? "DIGEST" : null,
    tell: pending,
    pending: [],
  };
}
