import type { collectionEntries, collections } from "@atlas/db/schema";
import type { DemoClock } from "./demo-clock.ts";
import type { TrustWithSchools } from "./memberships.ts";
import type { Random } from "./random.ts";

export type CollectionRow = typeof collections.$inferInsert & {
  id: string;
  createdAt: Date;
  updatedAt: Date;
};
export type CollectionEntryRow = typeof collectionEntries.$inferInsert;

const isSpecial = (type: string) => type.includes("SPECIAL");
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The demo sector body's collections, saved by its curator: a published one the public home
 * page shows (trusts with special schools in the North West, those with the most first) and a
 * draft only curators see. Trusts are open ones; either list may be short on a small data set.
 */
export function buildCollections(
  r: Random,
  input: {
    trusts: readonly TrustWithSchools[];
    sectorBodyId: string;
    curatorId: string;
    clock: DemoClock;
  },
): { collections: CollectionRow[]; collectionEntries: CollectionEntryRow[] } {
  // In the weeks before the demo's today (written against the anchor: see demo-clock.ts).
  const savedAt = input.clock.moment("2025-12-15T10:00:00.000Z");
  const draftSavedAt = input.clock.moment("2025-12-30T15:30:00.000Z");
  const open = input.trusts.filter((t) => t.trust.status !== "CLOSED" && t.schools.length > 0);
  const specials = open
    .map((t) => ({ t, special: t.schools.filter((s) => isSpecial(s.establishmentType)).length }))
    .filter((x) => x.special > 0 && x.t.trust.region === "NORTH_WEST")
    .sort((a, b) => b.special - a.special || a.t.trust.name.localeCompare(b.t.trust.name))
    .slice(0, 6);
  const growing = open
    .filter((t) => t.trust.region === "SOUTH_WEST" && t.schools.length >= 5)
    .sort((a, b) => a.trust.name.localeCompare(b.trust.name))
    .slice(0, 5);

  const base = { sectorBodyId: input.sectorBodyId, updatedBy: input.curatorId, version: 1 };
  const published: CollectionRow = {
    ...base,
    id: r.uuid(),
    slug: "special-schools-north-west",
    title: "Trusts with special schools in the North West",
    summary:
      "Trusts in the North West that run special schools, with the most special schools first. A starting point for a special school looking for a trust that already knows its work: each note says what the trust runs.",
    published: true,
    createdAt: savedAt,
    updatedAt: savedAt,
  };
  const draft: CollectionRow = {
    ...base,
    id: r.uuid(),
    slug: "growing-trusts-south-west",
    title: "Growing trusts in the South West",
    summary:
      "Multi-academy trusts of five schools or more in the South West. A draft: the notes are still being written.",
    published: false,
    createdAt: draftSavedAt,
    updatedAt: draftSavedAt,
  };
  const entries: CollectionEntryRow[] = [
    ...specials.map(({ t, special }, position) => ({
      collectionId: published.id,
      trustId: t.trust.id,
      position,
      note: `Runs ${plural(special, "special school", "special schools")} among its ${plural(t.schools.length, "school", "schools")}.`,
    })),
    ...growing.map((t, position) => ({
      collectionId: draft.id,
      trustId: t.trust.id,
      position,
      note: position === 0 ? `${t.schools.length} schools.` : "",
    })),
  ];
  return { collections: [published, draft], collectionEntries: entries };
}
