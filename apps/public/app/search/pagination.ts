// Cursor paging is shared with the admin app and lives in @atlas/ui (one rule for reading
// cursors from the address, for page links and for an unreadable cursor). What stays here is
// this app's own: how many trusts a page of search results holds.
export {
  isUnreadableCursor,
  type PageInfoLike,
  type PageLinks,
  pageArgs,
  pageLinks,
  readPagePosition,
} from "@atlas/ui";

/** Results on one page of trust search results. */
export const TRUSTS_PAGE_SIZE = 20;
