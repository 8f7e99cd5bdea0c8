// Cursor paging is shared with the admin app and lives in @atlas/ui (one rule for reading
// cursors from the address, for page links and for an unreadable cursor). What stays here is
// the trust page's list of schools and the school search. Trust search pages by number
// instead (results-page.ts).
export {
  isUnreadableCursor,
  type PageInfoLike,
  type PageLinks,
  pageArgs,
  pageLinks,
  readPagePosition,
} from "@atlas/ui";
