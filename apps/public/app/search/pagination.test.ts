import { describe, expect, it } from "vitest";
import { isUnreadableCursor, pageArgs, pageLinks, readPagePosition } from "./pagination.ts";

// The rules themselves are @atlas/ui's (table tests in packages/ui/src/paging); these check
// them as the search pages use them, with the search's own parameters around the paging ones.
const filters = new URLSearchParams("q=oak&region=london&region=north-west");
const position = (query: string) => readPagePosition(new URLSearchParams(query));

describe("the page position in the address", () => {
  it("blames the cursor for an answered error only when there was one", () => {
    expect(isUnreadableCursor({}, position("after=c1&page=2"))).toBe(true);
    expect(isUnreadableCursor({}, position(""))).toBe(false);
    expect(isUnreadableCursor({ networkError: new Error("down") }, position("after=c1"))).toBe(
      false,
    );
  });
});

describe("pageArgs", () => {
  it("pages forwards from the start by default", () => {
    expect(pageArgs(position(""), 20)).toEqual({ first: 20 });
    expect(pageArgs(position("after=c1"), 20)).toEqual({ first: 20, after: "c1" });
  });

  it("pages backwards from a `before` cursor", () => {
    expect(pageArgs(position("before=c1"), 20)).toEqual({ last: 20, before: "c1" });
  });
});

describe("pageLinks", () => {
  it("has no links when everything fits on one page", () => {
    const links = pageLinks("/trusts", filters, position(""), {
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: "s",
      endCursor: "e",
    });
    expect(links).toEqual({ previous: null, next: null });
  });

  it("links the first page to the second, keeping every filter", () => {
    const links = pageLinks("/trusts", filters, position(""), {
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: "s1",
      endCursor: "e1",
    });
    expect(links.previous).toBeNull();
    expect(links.next).toBe("/trusts?q=oak&region=london&region=north-west&after=e1&page=2");
  });

  it("links back to a clean first page from page 2, even when the API does not know there is one", () => {
    const base = new URLSearchParams(filters);
    base.set("after", "e1");
    base.set("page", "2");
    const links = pageLinks("/trusts", base, position(base.toString()), {
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: "s2",
      endCursor: "e2",
    });
    expect(links.previous).toBe("/trusts?q=oak&region=london&region=north-west");
    expect(links.next).toBe("/trusts?q=oak&region=london&region=north-west&after=e2&page=3");
  });

  it("links back from page 3 with a `before` cursor", () => {
    const links = pageLinks("/trusts", filters, position("after=e2&page=3"), {
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: "s3",
      endCursor: "e3",
    });
    expect(links.previous).toBe("/trusts?q=oak&region=london&region=north-west&before=s3&page=2");
    expect(links.next).toBeNull();
  });

  it("knows there is a next page when it came backwards", () => {
    const links = pageLinks("/trusts", filters, position("before=s3&page=2"), {
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: "s2",
      endCursor: "e2",
    });
    expect(links.next).toBe("/trusts?q=oak&region=london&region=north-west&after=e2&page=3");
    expect(links.previous).toBe("/trusts?q=oak&region=london&region=north-west");
  });

  it("leaves the page number out when it is not known", () => {
    const links = pageLinks("/trusts", new URLSearchParams(), position("after=x"), {
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: "s",
      endCursor: "e",
    });
    expect(links.next).toBe("/trusts?after=e");
    expect(links.previous).toBe("/trusts?before=s");
  });

  it("works for a trust's list of schools, with no filters", () => {
    const links = pageLinks("/trusts/VHJ1c3Q6MQ", new URLSearchParams(), position(""), {
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: "s",
      endCursor: "e/+=",
    });
    expect(links.next).toBe("/trusts/VHJ1c3Q6MQ?after=e%2F%2B%3D&page=2");
  });
});
