import type { PartnershipState } from "@atlas/domain";
import { useEffect, useMemo, useRef } from "react";
import { useSubscription } from "urql";
import { graphql } from "../gql/index.ts";
import { actorLabel, eventActionLabel, stateLabel } from "./labels.ts";

// Live updates for the partnership pages, over `Subscription.partnershipUpdated`. Each event
// goes through graphcache (see inbox-cache.ts), so the pages redraw from the cache; what is
// left here is to listen while a page is open, to tell screen-reader users what changed, and
// to ask the API again when a dropped stream comes back (events sent meanwhile were missed).

/**
 * A trust's inbox: every field a row shows, and the trust, so a new request joins its list.
 * A curator reads one trust's inbox at a time (/trusts/:trustId/partnership-requests), so this
 * is per trust for curators too; there is no page of every trust's requests to keep live.
 */
export const PartnershipInboxUpdates = graphql(`
  subscription PartnershipInboxUpdates($trustId: ID!) {
    partnershipUpdated(trustId: $trustId) {
      id
      state
      intent
      createdAt
      school {
        id
        name
      }
      terms {
        startDate
        endDate
        focusAreas
      }
      trust {
        id
      }
    }
  }
`);

/** One partnership's page: everything it shows, as its query and a step's payload carry. */
export const PartnershipPageUpdates = graphql(`
  subscription PartnershipPageUpdates($partnershipId: ID!) {
    partnershipUpdated(partnershipId: $partnershipId) {
      ...PartnershipFields
    }
  }
`);

/**
 * What the page says when its stream has ended for good (the API refused it, or answered with
 * an error): it no longer changes by itself, and the person should know.
 */
export const liveUpdatesStopped =
  "Live updates have stopped: reload the page to see changes made since.";

/** What a stream's result gives the page to say: the latest announcement, or that it stopped. */
const announcementOf = (result: { data?: string; error?: unknown }): string =>
  result.error ? liveUpdatesStopped : (result.data ?? "");

const clock = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "Europe/London" });

/**
 * What the inbox says when a request changes. The time makes each message new text, so a
 * screen reader announces a second change to the same request as well as the first.
 */
export function inboxAnnouncement(
  update: { state: PartnershipState; school: { name: string } },
  isNew: boolean,
  at = new Date(),
): string {
  const from = update.school.name;
  const when = clock.format(at);
  return isNew
    ? `New partnership request from ${from} (${when}).`
    : `Partnership request from ${from} updated: now ${stateLabel(update.state).toLowerCase()} (${when}).`;
}

/** What a partnership's page says when someone else changes it: the newest step, and who. */
export function pageAnnouncement(
  events: readonly { action: string; actorName?: string | null; actorParty: string }[],
  at = new Date(),
): string {
  const last = events.at(-1);
  const what = last
    ? `${eventActionLabel(last.action)}, by ${actorLabel(last.actorName, last.actorParty)}`
    : "changed";
  return `This partnership was just updated: ${what} (${clock.format(at)}).`;
}

/** Keeps the page's reload in the operation's context without re-subscribing each render. */
function useReconnectContext(onReconnected: () => void) {
  const latest = useRef(onReconnected);
  useEffect(() => {
    latest.current = onReconnected;
  });
  return useMemo(() => ({ onReconnected: () => latest.current() }), []);
}

/**
 * Keeps a trust's open inbox live; returns what to announce. `requestIds` are the rows shown,
 * to tell a new request from a change to one already listed: they are read as each event
 * arrives, before the cache has put a new request among them.
 */
export function useInboxUpdates(
  trustId: string,
  requestIds: readonly string[],
  onReconnected: () => void,
): string {
  const shown = useRef(requestIds);
  useEffect(() => {
    shown.current = requestIds;
  });
  const context = useReconnectContext(onReconnected);
  const [result] = useSubscription(
    { query: PartnershipInboxUpdates, variables: { trustId }, context },
    (_previous: string | undefined, { partnershipUpdated: update }): string =>
      inboxAnnouncement(update, !shown.current.includes(update.id)),
  );
  return announcementOf(result);
}

/**
 * Keeps an open partnership's page live; returns what to announce. A change the viewer made
 * themselves (their step's answer already redrew the page) is not announced back to them.
 */
export function usePartnershipUpdates(
  partnershipId: string,
  viewerName: string,
  onReconnected: () => void,
): string {
  const context = useReconnectContext(onReconnected);
  const [result] = useSubscription(
    { query: PartnershipPageUpdates, variables: { partnershipId }, context },
    (previous: string | undefined, { partnershipUpdated: update }): string => {
      const events = update.partnershipEvents;
      return events.at(-1)?.actorName === viewerName ? (previous ?? "") : pageAnnouncement(events);
    },
  );
  return announcementOf(result);
}
