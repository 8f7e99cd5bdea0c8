// Cursor paging as both apps keep it in the address: `?after=<cursor>&page=3` (forwards) or
// `?before=<cursor>&page=2` (backwards), every other parameter (search, filters) left alone.
// Page 1 never has a cursor, so it is always the same address as the first search.

/** Where the page shown starts or ends (Relay cursors) and its 1-based number. */
export interface PagePosition {
  after: string | null;
  before: string | null;
  /** Null when a cursor came without a believable page number (a hand-made link). */
  page: number | null;
}

/** A Relay connection's page info, as the API returns it. */
export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** The GraphQL paging arguments of a connection field. */
export interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

export interface PageLinks {
  previous: string | null;
  next: string | null;
}

/** The address parameters paging owns; a list's own parameters must use other names. */
export const PAGE_PARAMS = { after: "after", before: "before", page: "page" } as const;

/** The API takes cursors of at most 500 characters (domain pageArgsSchema). */
const maxCursorLength = 500;
/** Stops a silly address from making a silly page number. */
const maxPage = 10_000;

export const firstPage: PagePosition = { after: null, before: null, page: 1 };

function readCursor(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim() ?? "";
  return value.length > 0 && value.length <= maxCursorLength ? value : null;
}

/**
 * The page position in an address; with both `after` and `before`, `after` wins. Anything
 * unusable is ignored rather than an error, so a stale or edited link still shows a page.
 */
export function readPagePosition(params: URLSearchParams): PagePosition {
  const after = readCursor(params, PAGE_PARAMS.after);
  const before = after === null ? readCursor(params, PAGE_PARAMS.before) : null;
  if (after === null && before === null) return firstPage;
  const raw = params.get(PAGE_PARAMS.page) ?? "";
  const number = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  // Page 1 has no cursor, so a cursor with page 1 (or none) says nothing reliable.
  const page = number >= 2 && number <= maxPage ? number : null;
  return { after, before, page };
}

/** The paging arguments for a position: forwards by default, backwards from `before`. */
export function pageArgs(position: PagePosition, pageSize: number): PageArgs {
  if (position.before !== null) return { last: pageSize, before: position.before };
  if (position.after !== null) return { first: pageSize, after: position.after };
  return { first: pageSize };
}

function withQuery(pathname: string, params: URLSearchParams): string {
  const query = params.toString();
  return query === "" ? pathname : `${pathname}?${query}`;
}

function withoutPaging(base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.values(PAGE_PARAMS)) params.delete(name);
  return params;
}

/** The first page of the same list: the address without any paging parameter. */
export function firstPageHref(pathname: string, base: URLSearchParams): string {
  return withQuery(pathname, withoutPaging(base));
}

/**
 * Links to the pages before and after the one shown, keeping every other parameter. A
 * connection paged forwards may not know there is a previous page (Relay leaves that to the
 * server), so having come forwards (`after`) means there is one, and having come backwards
 * (`before`) means there is a next one.
 */
export function pageLinks(
  pathname: string,
  base: URLSearchParams,
  position: PagePosition,
  pageInfo: PageInfoLike,
): PageLinks {
  const hrefWith = (name: "after" | "before", cursor: string, page: number | null) => {
    const params = withoutPaging(base);
    params.set(PAGE_PARAMS[name], cursor);
    if (page !== null && page > 1) params.set(PAGE_PARAMS.page, String(page));
    return withQuery(pathname, params);
  };
  const hasPrevious = pageInfo.hasPreviousPage || position.after !== null;
  const hasNext = pageInfo.hasNextPage || position.before !== null;
  const previousPage = position.page === null ? null : position.page - 1;
  const nextPage = position.page === null ? null : position.page + 1;

  let previous: string | null = null;
  if (hasPrevious) {
    previous =
      previousPage === 1 || !pageInfo.startCursor
        ? firstPageHref(pathname, base)
        : hrefWith("before", pageInfo.startCursor, previousPage);
  }
  const next =
    hasNext && pageInfo.endCursor ? hrefWith("after", pageInfo.endCursor, nextPage) : null;
  return { previous, next };
}

/** The part of a failed request that tells the network's fault from the API's answer. */
export interface RequestErrorLike {
  networkError?: unknown;
}

/**
 * True when a page asked for by cursor failed because of its cursor (a stale or edited link):
 * the API answered, with an error, a query that carried a cursor. It reports an unreadable
 * cursor as a plain error with no code of its own, so any answered error counts. The rule for
 * both apps is then to show the first page of the same list, which has no cursor and so
 * cannot fail the same way again. A network failure is not the cursor's fault.
 */
export function isUnreadableCursor(
  error: RequestErrorLike | null | undefined,
  position: PagePosition,
): boolean {
  if (!error || error.networkError) return false;
  return position.after !== null || position.before !== null;
}
