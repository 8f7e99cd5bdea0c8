import { type IgnoredValue, PARAM } from "./params.ts";

/** Results on one page of trust search results. */
export const TRUSTS_PAGE_SIZE = 20;

/** The furthest page offered: the API starts a page at most 100,000 results in. */
export const MAX_RESULTS_PAGE = 100_000 / TRUSTS_PAGE_SIZE;

/**
 * The page of search results the address asks for (`page=3`), 1 without one. The search
 * pages by number, so any page is one request away; a page number that cannot be one, or a
 * cursor from an older kind of link, is noted as ignored and the first page shown.
 */
export function readResultsPage(params: URLSearchParams): {
  page: number;
  ignored: IgnoredValue[];
} {
  const ignored: IgnoredValue[] = [];
  for (const name of [PARAM.after, PARAM.before]) {
    const value = params.get(name)?.trim() ?? "";
    if (value !== "") ignored.push({ param: name, value });
  }
  const raw = params.get(PARAM.page)?.trim() ?? "";
  if (raw === "") return { page: 1, ignored };
  const page = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (page >= 1 && page <= MAX_RESULTS_PAGE) return { page, ignored };
  ignored.push({ param: PARAM.page, value: raw });
  return { page: 1, ignored };
}

/** The API's page arguments for a page of results. */
export function resultsPageArgs(page: number): { first: number; offset: number } {
  return { first: TRUSTS_PAGE_SIZE, offset: (page - 1) * TRUSTS_PAGE_SIZE };
}
