import type { ErrorSummaryItem } from "@atlas/ui";
import { RESULTS_HEADING_ID } from "../navigation/RouteFocus.tsx";
import { type IgnoredValue, PARAM } from "./params.ts";

/** What each search parameter holds, to say what a value is not ("is not a region we know"). */
const WHAT: Record<string, string> = {
  [PARAM.region]: "a region we know",
  [PARAM.phase]: "a phase we know",
  [PARAM.size]: "a size we know",
  [PARAM.religiousCharacter]: "a religious character we know",
  // Closed trusts (and federations, sponsors) are real, just never listed here.
  [PARAM.status]: "a status of trust we list",
  [PARAM.type]: "a type of trust we list",
};

/** Cursors are long and unreadable: they are described, never quoted. */
const PAGE_PARAMS: readonly string[] = [PARAM.after, PARAM.before, PARAM.page];

function textOf({ param, value, reason }: IgnoredValue): string {
  if (param === PARAM.page) {
    return `There is no page “${value}” of these results to go to, so the first page is shown.`;
  }
  if (PAGE_PARAMS.includes(param)) {
    return "The link to this page of results was out of date or incomplete, so the first page is shown.";
  }
  if (reason === "only-one") {
    return `Only one ${param} can be chosen at a time, so “${value}” was ignored.`;
  }
  return `“${value}” is not ${WHAT[param] ?? `a ${param} we know`}, so it was ignored.`;
}

/**
 * The error summary's items for values in the URL that the search left out, each linking to
 * the filter it belongs to (or the results, for page links). One message per distinct problem.
 */
export function ignoredSummaryItems(ignored: readonly IgnoredValue[]): ErrorSummaryItem[] {
  const items = new Map<string, ErrorSummaryItem>();
  for (const entry of ignored) {
    const text = textOf(entry);
    const href = PAGE_PARAMS.includes(entry.param) ? `#${RESULTS_HEADING_ID}` : `#${entry.param}`;
    if (!items.has(text)) items.set(text, { href, text });
  }
  return [...items.values()];
}
