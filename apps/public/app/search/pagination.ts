import { PARAM, type PagePosition } from "./params.ts";

/** Results on one page of trust search results. */
export const TRUSTS_PAGE_SIZE = 20;

/** A Relay connection's page info, as the API returns it. */
export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** The GraphQL paging arguments for a page position: forwards by default, backwards with `before`. */
export function pageArgs(
  position: PagePosition,
  pageSize: number,
): { first?: number; after?: string; last?: number; before?: string } {
  if (position.before !== null) return { last: pageSize, before: position.before };
  if (position.after !== null) return { first: pageSize, after: position.after };
  return { first: pageSize };
}

export interface PageLinks {
  previous: string | null;
  next: string | null;
}

/**
 * Links to the pages before and after the one shown, keeping every other parameter (the
 * filters) as it is. A connection paged forwards may not know there is a previous page (Relay
 * leaves that to the server), so having come forwards (`after`) means there is one, and having
 * come backwards (`before`) means there is a next one.
 */
export function pageLinks(
  pathname: string,
  base: URLSearchParams,
  position: PagePosition,
  pageInfo: PageInfoLike,
): PageLinks {
  const hrefWith = (cursorParam: "after" | "before", cursor: string, page: number | null) => {
    const params = new URLSearchParams(base);
    params.delete(PARAM.after);
    params.delete(PARAM.before);
    params.delete(PARAM.page);
    params.set(PARAM[cursorParam], cursor);
    if (page !== null && page > 1) params.set(PARAM.page, String(page));
    return `${pathname}?${params.toString()}`;
  };
  const firstPageHref = () => {
    const params = new URLSearchParams(base);
    params.delete(PARAM.after);
    params.delete(PARAM.before);
    params.delete(PARAM.page);
    const query = params.toString();
    return query === "" ? pathname : `${pathname}?${query}`;
  };

  const hasPrevious = pageInfo.hasPreviousPage || position.after !== null;
  const hasNext = pageInfo.hasNextPage || position.before !== null;
  const previousPage = position.page === null ? null : position.page - 1;

  let previous: string | null = null;
  if (hasPrevious) {
    // Back to page 1 is a clean URL rather than a cursor, so it matches the first search.
    previous =
      previousPage === 1 || !pageInfo.startCursor
        ? firstPageHref()
        : hrefWith("before", pageInfo.startCursor, previousPage);
  }
  const nextPage = position.page === null ? null : position.page + 1;
  const next =
    hasNext && pageInfo.endCursor ? hrefWith("after", pageInfo.endCursor, nextPage) : null;
  return { previous, next };
}
