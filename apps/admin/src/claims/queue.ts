import { type ClaimState, claimStates } from "@atlas/domain";

// The queue's filter by state, kept in the address (?state=PENDING&state=DECLINED) so the back
// button undoes a change. Nothing chosen is the queue itself: the claims waiting for a curator.

export const stateParam = "state";

/** The states chosen in the address, in the vocabulary's order; PENDING when none is. */
export function readQueueStates(params: URLSearchParams): ClaimState[] {
  const chosen = new Set(params.getAll(stateParam));
  const states = claimStates.keys.filter((state) => chosen.has(state));
  return states.length > 0 ? states : ["PENDING"];
}

/** The address's query for these states (other parameters kept). */
export function queueStateParams(params: URLSearchParams, states: readonly string[]) {
  const next = new URLSearchParams(params);
  next.delete(stateParam);
  for (const state of claimStates.keys) if (states.includes(state)) next.append(stateParam, state);
  return next;
}

/**
 * Waiting claims first, oldest first (a queue: whoever asked first is answered first), then the
 * decided ones, the latest decision first.
 */
export function queueOrder<
  C extends { state: ClaimState; createdAt: string; decidedAt?: string | null },
>(claims: readonly C[]): C[] {
  const pending = claims.filter((c) => c.state === "PENDING");
  const decided = claims.filter((c) => c.state !== "PENDING");
  const time = (value: string | null | undefined) => (value ? Date.parse(value) : 0);
  return [
    ...pending.sort((a, b) => time(a.createdAt) - time(b.createdAt)),
    ...decided.sort((a, b) => time(b.decidedAt) - time(a.decidedAt)),
  ];
}
