import { createPubSub } from "graphql-yoga";

/** Which partnership changed, and whose it is, so each subscriber can keep only its own. */
export interface PartnershipUpdate {
  partnershipId: string;
  schoolId: string;
  trustId: string;
}

/**
 * Partnership changes, told to open subscriptions (an inbox, a partnership's page) once the
 * change is committed. In memory: one API instance. Two or more will share Redis through
 * Yoga's Redis event target, behind the same `publish` and `subscribe`.
 */
export function createPartnershipUpdates() {
  return createPubSub<{ "partnership:updated": [PartnershipUpdate] }>();
}

export type PartnershipUpdates = ReturnType<typeof createPartnershipUpdates>;
