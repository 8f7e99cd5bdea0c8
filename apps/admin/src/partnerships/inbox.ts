import { type PartnershipState, partnershipStates } from "@atlas/domain";

// The inbox's filter by state, kept in the address (?state=REQUESTED&state=IN_DISCUSSION) so a
// filtered inbox can be bookmarked and the back button undoes a change. The counts and the
// filtering are done here over the list the API returns: Trust.partnershipRequests gives the
// trust's whole list (it is not paged), so counting it is counting every request, and asking
// once for all of them gives the counts of every state as well as the rows.

export const stateParam = "state";

/** The states chosen in the address, in the vocabulary's order; none means every state. */
export function readStateFilter(params: URLSearchParams): PartnershipState[] {
  const chosen = new Set(params.getAll(stateParam));
  return partnershipStates.keys.filter((state) => chosen.has(state));
}

/** The address's query for these states (others parameters kept). */
export function stateFilterParams(
  params: URLSearchParams,
  states: readonly string[],
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(stateParam);
  for (const state of partnershipStates.keys)
    if (states.includes(state)) next.append(stateParam, state);
  return next;
}

/** How many requests are in each state (every state present, 0 for none). */
export function countByState(
  requests: readonly { state: PartnershipState }[],
): Record<PartnershipState, number> {
  const counts = Object.fromEntries(partnershipStates.keys.map((s) => [s, 0])) as Record<
    PartnershipState,
    number
  >;
  for (const r of requests) counts[r.state] += 1;
  return counts;
}

/** The requests in the chosen states (all of them when none is chosen). */
export function filterByState<R extends { state: PartnershipState }>(
  requests: readonly R[],
  states: readonly PartnershipState[],
): readonly R[] {
  return states.length === 0 ? requests : requests.filter((r) => states.includes(r.state));
}

/** The page of one partnership. */
export function partnershipHref(partnershipId: string): string {
  return `/partnership-requests/${encodeURIComponent(partnershipId)}`;
}

/** A trust's inbox: the trust administrator's own at /partnership-requests, any by id. */
export function inboxHref(trustId: string): string {
  return `/trusts/${encodeURIComponent(trustId)}/partnership-requests`;
}
