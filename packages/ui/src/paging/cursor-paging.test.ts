import { describe, expect, it } from "vitest";
import {
  firstPageHref,
  isUnreadableCursor,
  type PageInfoLike,
  type PagePosition,
  pageArgs,
  pageLinks,
  readPagePosition,
} from "./cursor-paging.ts";

const read = (query: string) => readPagePosition(new URLSearchParams(query));
const long = "c".repeat(501);

describe("readPagePosition", () => {
  it.each<[string, PagePosition]>([
    ["", { after: null, before: null, page: 1 }],
    ["q=oak", { after: null, before: null, page: 1 }],
    ["after=c20&page=2", { after: "c20", before: null, page: 2 }],
    ["before=c41&page=2", { after: null, before: "c41", page: 2 }],
    ["after=c20&before=c41&page=3", { after: "c20", before: null, page: 3 }],
    ["after=%20c20%20&page=2", { after: "c20", before: null, page: 2 }],
    // A cursor without a believable page number: the page is not known.
    ["after=c20", { after: "c20", before: null, page: null }],
    ["after=c20&page=1", { after: "c20", before: null, page: null }],
    ["after=c20&page=banana", { after: "c20", before: null, page: null }],
    ["after=c20&page=-3", { after: "c20", before: null, page: null }],
    ["after=c20&page=99999", { after: "c20", before: null, page: null }],
    // No cursor: page 1, whatever the address says.
    ["page=4", { after: null, before: null, page: 1 }],
    ["after=&page=4", { after: null, before: null, page: 1 }],
    [`after=${long}&page=2`, { after: null, before: null, page: 1 }],
  ])("reads %j", (query, expected) => {
    expect(read(query)).toEqual(expected);
  });
});

describe("pageArgs", () => {
  it.each<[string, ReturnType<typeof pageArgs>]>([
    ["", { first: 20 }],
    ["after=c1&page=2", { first: 20, after: "c1" }],
    ["before=c1&page=2", { last: 20, before: "c1" }],
  ])("asks for %j", (query, expected) => {
    expect(pageArgs(read(query), 20)).toEqual(expected);
  });
});

describe("pageLinks", () => {
  const filters = new URLSearchParams("q=oak&region=london&region=north-west");
  const info = (
    hasPreviousPage: boolean,
    hasNextPage: boolean,
    startCursor: string | null = "s",
    endCursor: string | null = "e",
  ): PageInfoLike => ({ hasPreviousPage, hasNextPage, startCursor, endCursor });
  const f = "/trusts?q=oak&region=london&region=north-west";

  it.each<[string, string, PageInfoLike, { previous: string | null; next: string | null }]>([
    ["one page only", "", info(false, false), { previous: null, next: null }],
    [
      "first of several",
      "",
      info(false, true, "s1", "e1"),
      { previous: null, next: `${f}&after=e1&page=2` },
    ],
    [
      "page 2 back to a clean page 1, though the API does not know there is one",
      "after=e1&page=2",
      info(false, true, "s2", "e2"),
      { previous: f, next: `${f}&after=e2&page=3` },
    ],
    [
      "page 3 back by cursor",
      "after=e2&page=3",
      info(true, false, "s3", "e3"),
      { previous: `${f}&before=s3&page=2`, next: null },
    ],
    [
      "came backwards, so there is a next page",
      "before=s3&page=2",
      info(true, false, "s2", "e2"),
      { previous: f, next: `${f}&after=e2&page=3` },
    ],
    [
      "page number unknown: links without one",
      "after=x",
      info(false, true),
      { previous: `${f}&before=s`, next: `${f}&after=e` },
    ],
    [
      "no end cursor: no next link",
      "",
      info(false, true, null, null),
      { previous: null, next: null },
    ],
  ])("%s", (_, query, pageInfo, expected) => {
    expect(pageLinks("/trusts", filters, read(query), pageInfo)).toEqual(expected);
  });

  it("keeps the list's own parameters and drops the old paging ones", () => {
    const base = new URLSearchParams("q=oak&after=old&before=old&page=7");
    const links = pageLinks("/", base, read("after=old&page=7"), info(true, true, "s", "e/+="));
    expect(links).toEqual({
      previous: "/?q=oak&before=s&page=6",
      next: "/?q=oak&after=e%2F%2B%3D&page=8",
    });
  });
});

describe("firstPageHref", () => {
  it.each([
    ["/", "", "/"],
    ["/", "after=c&page=2", "/"],
    ["/", "q=oak&before=c&page=3", "/?q=oak"],
    ["/trusts", "region=london&after=c", "/trusts?region=london"],
  ])("%s?%s → %s", (pathname, query, expected) => {
    expect(firstPageHref(pathname, new URLSearchParams(query))).toBe(expected);
  });
});

describe("isUnreadableCursor: the rule for a stale or edited cursor", () => {
  const answered = { networkError: undefined };
  const offline = { networkError: new TypeError("fetch failed") };
  it.each([
    ["an answered error with an `after` cursor", answered, "after=x&page=2", true],
    ["an answered error with a `before` cursor", answered, "before=x&page=2", true],
    ["an answered error on page 1 (no cursor to blame)", answered, "", false],
    ["a network failure (not the cursor's fault)", offline, "after=x&page=2", false],
    ["no error at all", undefined, "after=x&page=2", false],
  ])("%s → %s", (_, error, query, expected) => {
    expect(isUnreadableCursor(error, read(query))).toBe(expected);
  });
});
