import { type PageArgs, type PagePosition, pageArgs } from "@atlas/ui";

// The curators' list of trusts as it is kept in the address: `/?q=oak`, plus the shared cursor
// paging parameters of @atlas/ui (`after` / `before` / `page`).

export const trustPageSize = 20;

/** The API takes search text of at most 100 characters (domain trustFilterSchema). */
const maxSearchLength = 100;

/** The list's own address parameters, beside the paging ones. */
export const searchParam = "q";

export type TrustListVariables = PageArgs & { filter?: { search: string } };

/** The search in the address, trimmed and cut to what the API accepts. */
export function readTrustListSearch(params: URLSearchParams): string {
  return (params.get(searchParam) ?? "").trim().slice(0, maxSearchLength).trim();
}

/** The address parameters of a search, without paging: the base of every page link. */
export function trustListParams(search: string): URLSearchParams {
  return new URLSearchParams(search === "" ? {} : { [searchParam]: search });
}

/** The first page of a search (the list lives on the dashboard). */
export function trustListHref(search: string): string {
  const query = trustListParams(search).toString();
  return query === "" ? "/" : `/?${query}`;
}

export function trustListVariables(search: string, position: PagePosition): TrustListVariables {
  const paging = pageArgs(position, trustPageSize);
  return search === "" ? paging : { ...paging, filter: { search } };
}
