import { localAuthorityByCode } from "@atlas/domain";
import { normaliseQuery } from "../search/params.ts";

/** The school search's own address parameters; paging adds `after`, `before` and `page`. */
export const SCHOOL_PARAM = { q: "q", la: "la" } as const;

/** Results on one page of school search results. */
export const SCHOOLS_PAGE_SIZE = 20;

export interface SchoolSearch {
  /** Words of the name or postcode, or a URN; "" for none. */
  q: string;
  /** A local authority's three-digit code, or null for any. */
  la: number | null;
}

/** The search in the address, and a local authority code in it that is not one of England's. */
export function readSchoolSearch(params: URLSearchParams): {
  search: SchoolSearch;
  ignoredLa: string | null;
} {
  const q = normaliseQuery(params.get(SCHOOL_PARAM.q));
  const rawLa = params.get(SCHOOL_PARAM.la)?.trim() ?? "";
  if (rawLa === "") return { search: { q, la: null }, ignoredLa: null };
  // Checked here, not by the API: an unknown code would only ever find nothing, silently.
  const known = /^\d{3}$/.test(rawLa) && localAuthorityByCode(rawLa) !== undefined;
  return known
    ? { search: { q, la: Number(rawLa) }, ignoredLa: null }
    : { search: { q, la: null }, ignoredLa: rawLa };
}

/** An empty search would list every school in England: the page asks for a search instead. */
export function isSearching(search: SchoolSearch): boolean {
  return search.q !== "" || search.la !== null;
}

export function toSchoolFilter(search: SchoolSearch): {
  search?: string;
  localAuthorityCodes?: number[];
} {
  return {
    ...(search.q !== "" && { search: search.q }),
    ...(search.la !== null && { localAuthorityCodes: [search.la] }),
  };
}

/** The search's own parameters, for page links (which add the paging ones). */
export function toSchoolSearchParams(search: SchoolSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q !== "") params.set(SCHOOL_PARAM.q, search.q);
  if (search.la !== null) params.set(SCHOOL_PARAM.la, String(search.la));
  return params;
}

/** "Showing 21–40 of 134 schools"; without a believable page number, only how many are shown. */
export function showingText(
  page: number | null,
  shown: number,
  total: number,
  format: (n: number) => string,
): string {
  const of = `of ${format(total)} ${total === 1 ? "school" : "schools"}`;
  if (page === null) return `Showing ${format(shown)} ${of}`;
  const first = (page - 1) * SCHOOLS_PAGE_SIZE + 1;
  return `Showing ${format(first)}–${format(first + shown - 1)} ${of}`;
}
