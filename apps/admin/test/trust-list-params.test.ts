import { describe, expect, it } from "vitest";
import {
  adjacentPageHref,
  readTrustListPosition,
  trustListHref,
  trustListVariables,
} from "../src/dashboard/trust-list-params.ts";

const read = (query: string) => readTrustListPosition(new URLSearchParams(query));

describe("the trusts list in the address", () => {
  it("starts on page 1 with no search", () => {
    expect(read("")).toEqual({ search: "", page: 1 });
    expect(trustListVariables(read(""))).toEqual({ first: 20 });
    expect(trustListHref(read(""))).toBe("/");
  });

  it("searches with trimmed text, at most 100 characters", () => {
    expect(trustListVariables(read("q=%20oak%20"))).toEqual({
      first: 20,
      filter: { search: "oak" },
    });
    expect(read(`q=${"a".repeat(150)}`).search).toHaveLength(100);
  });

  it("pages forward after a cursor and back before one", () => {
    expect(trustListVariables(read("q=oak&page=3&after=c40"))).toEqual({
      first: 20,
      after: "c40",
      filter: { search: "oak" },
    });
    expect(trustListVariables(read("page=2&before=c41"))).toEqual({ last: 20, before: "c41" });
  });

  it("copes with hand-edited addresses", () => {
    expect(read("page=banana")).toEqual({ search: "", page: 1 });
    expect(read("after=c20")).toEqual({ search: "", page: 2, after: "c20" });
    expect(read("page=1&before=c1")).toEqual({ search: "", page: 1 });
    expect(read("page=4")).toEqual({ search: "", page: 1 });
  });

  it("round-trips a position through its address", () => {
    const position = { search: "st mary's", page: 3, after: "abc" };
    const href = trustListHref(position);
    expect(read(href.slice(2))).toEqual(position);
  });
});

describe("adjacentPageHref", () => {
  const cursors = { startCursor: "s2", endCursor: "e2" };
  const page2 = { search: "oak", page: 2, after: "e1" };

  it("goes forward from the page's last cursor", () => {
    expect(adjacentPageHref(page2, 3, cursors)).toBe("/?q=oak&page=3&after=e2");
  });

  it("goes back from the page's first cursor", () => {
    expect(adjacentPageHref({ ...page2, page: 3 }, 2, cursors)).toBe("/?q=oak&page=2&before=s2");
  });

  it("goes back to page 1 without a cursor", () => {
    expect(adjacentPageHref(page2, 1, cursors)).toBe("/?q=oak");
  });
});
