import type { TrustFilter } from "../schemas/search.ts";
import { vocabulary } from "../vocabularies/vocabulary.ts";

/** The orders trust search offers; relevance needs search text, distance a school to be near. */
export const trustOrders = vocabulary([
  { key: "RELEVANCE", label: "Best match" },
  { key: "DISTANCE", label: "Nearest first" },
  { key: "SIZE", label: "Largest first" },
  { key: "NAME", label: "Name, A to Z" },
]);
export type TrustOrder = (typeof trustOrders.keys)[number];

/**
 * The order a search is shown in: the one asked for, or the most useful the filter allows
 * (relevance with search text, then distance from a chosen school, then name). An order the
 * filter cannot give is a mistake to report, not to swap silently.
 */
export function trustOrderFor(
  filter: TrustFilter,
  asked: TrustOrder | null | undefined,
): { order: TrustOrder } | { error: string } {
  if (asked === "RELEVANCE" && !filter.search)
    return { error: "Sorting by relevance needs search text: give filter.search." };
  if (asked === "DISTANCE" && !filter.near)
    return { error: "Sorting by distance needs a school to measure from: give filter.near." };
  if (asked) return { order: asked };
  return { order: filter.search ? "RELEVANCE" : filter.near ? "DISTANCE" : "NAME" };
}
