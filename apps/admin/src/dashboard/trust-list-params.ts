/** The curators' list of trusts, as it is kept in the address: ?q=oak&page=2&after=… */
export const trustPageSize = 20;

export interface TrustListPosition {
  search: string;
  /** 1-based, for the "Showing 21–40" line; the cursor decides what is fetched. */
  page: number;
  after?: string;
  before?: string;
}

export interface TrustListVariables {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
  filter?: { search: string };
}

const maxSearchLength = 100;

export function readTrustListPosition(params: URLSearchParams): TrustListPosition {
  const search = (params.get("q") ?? "").trim().slice(0, maxSearchLength);
  const pageNumber = Number.parseInt(params.get("page") ?? "", 10);
  const after = params.get("after") || undefined;
  const before = params.get("before") || undefined;
  // A cursor without a page number (a hand-edited address) still shows a sensible page.
  const page = Number.isFinite(pageNumber) && pageNumber >= 1 ? pageNumber : 1;
  if (after !== undefined) return { search, page: Math.max(page, 2), after };
  if (before !== undefined && page > 1) return { search, page, before };
  return { search, page: 1 };
}

export function trustListVariables(position: TrustListPosition): TrustListVariables {
  const filter = position.search === "" ? {} : { filter: { search: position.search } };
  if (position.before !== undefined) {
    return { last: trustPageSize, before: position.before, ...filter };
  }
  if (position.after !== undefined) {
    return { first: trustPageSize, after: position.after, ...filter };
  }
  return { first: trustPageSize, ...filter };
}

/** The address of a position in the list (the dashboard, where the list lives). */
export function trustListHref(position: TrustListPosition): string {
  const params = new URLSearchParams();
  if (position.search !== "") params.set("q", position.search);
  if (position.page > 1) {
    params.set("page", String(position.page));
    if (position.after !== undefined) params.set("after", position.after);
    else if (position.before !== undefined) params.set("before", position.before);
  }
  const query = params.toString();
  return query === "" ? "/" : `/?${query}`;
}

/**
 * The address of the next or previous page from the cursors of the page shown. Going back to
 * the first page drops the cursor, so page 1 is always the same address.
 */
export function adjacentPageHref(
  current: TrustListPosition,
  target: number,
  cursors: { startCursor?: string | null; endCursor?: string | null },
): string {
  const { search } = current;
  if (target <= 1) return trustListHref({ search, page: 1 });
  if (target > current.page && cursors.endCursor) {
    return trustListHref({ search, page: target, after: cursors.endCursor });
  }
  if (target < current.page && cursors.startCursor) {
    return trustListHref({ search, page: target, before: cursors.startCursor });
  }
  return trustListHref({ search, page: 1 });
}
