// Which trusts a comparison shows lives in its URL alone, so a comparison can be shared,
// bookmarked and printed as it is: this file reads that URL and writes it back.

import { MAX_COMPARED, MIN_COMPARED } from "@atlas/domain";

export const IDS_PARAM = "ids";
export const ONLY_PARAM = "only";
export const ONLY_DIFFERENCES = "differences";

export interface CompareRequest {
  /** The trusts' IDs (Trust.id), in the order the link gives them, each once. */
  ids: string[];
  /** Whether to show only the rows where the trusts differ. */
  onlyDifferences: boolean;
  /** What to fix before there is anything to compare, in words; null when nothing. */
  problem: string | null;
}

/**
 * Reads `ids` from the query string: repeated (`ids=a&ids=b`, what forms send) or
 * comma-separated (`ids=a,b`, what people type). Global IDs are base64, which has no comma.
 * A trust named twice is compared once: the same column twice would only read as a mistake.
 */
export function readCompareRequest(params: URLSearchParams): CompareRequest {
  const ids = [
    ...new Set(
      params
        .getAll(IDS_PARAM)
        .flatMap((value) => value.split(","))
        .map((id) => id.trim())
        .filter((id) => id !== ""),
    ),
  ];
  return {
    ids,
    onlyDifferences: params.get(ONLY_PARAM) === ONLY_DIFFERENCES,
    problem: countProblem(ids.length),
  };
}

function countProblem(count: number): string | null {
  if (count < MIN_COMPARED) {
    const named = count === 0 ? "none" : "only 1";
    return `Choose at least ${MIN_COMPARED} trusts to compare: this link names ${named}.`;
  }
  if (count > MAX_COMPARED) {
    return `You can compare up to ${MAX_COMPARED} trusts at a time: this link names ${count}. Remove ${count - MAX_COMPARED}.`;
  }
  return null;
}

/** The query string of a comparison, in one canonical form (repeated ids), without the `?`. */
export function compareSearch(ids: readonly string[], onlyDifferences = false): string {
  const params = new URLSearchParams(ids.map((id) => [IDS_PARAM, id]));
  if (onlyDifferences) params.set(ONLY_PARAM, ONLY_DIFFERENCES);
  return params.toString();
}

export function compareHref(ids: readonly string[], onlyDifferences = false): string {
  return `/compare?${compareSearch(ids, onlyDifferences)}`;
}

/** The CSV of the same comparison: every row, whatever the page filters. */
export function compareCsvHref(ids: readonly string[]): string {
  return `/compare.csv?${compareSearch(ids)}`;
}
