import { readPagePosition } from "@atlas/ui";
import { describe, expect, it } from "vitest";
import {
  readTrustListSearch,
  trustListHref,
  trustListVariables,
} from "../src/dashboard/trust-list-search.ts";

const variablesFor = (query: string) => {
  const params = new URLSearchParams(query);
  return trustListVariables(readTrustListSearch(params), readPagePosition(params));
};

describe("the trusts list in the address", () => {
  it.each<[string, ReturnType<typeof trustListVariables>]>([
    ["", { first: 20 }],
    ["q=%20oak%20", { first: 20, filter: { search: "oak" } }],
    ["q=oak&after=c40&page=3", { first: 20, after: "c40", filter: { search: "oak" } }],
    ["before=c41&page=2", { last: 20, before: "c41" }],
    // Paging itself is @atlas/ui's: a hand-edited address still asks for a sensible page.
    ["page=banana", { first: 20 }],
    ["page=4", { first: 20 }],
  ])("asks the API for %j", (query, expected) => {
    expect(variablesFor(query)).toEqual(expected);
  });

  it("searches with at most 100 characters", () => {
    expect(readTrustListSearch(new URLSearchParams(`q=${"a".repeat(150)}`))).toHaveLength(100);
  });

  it.each([
    ["", "/"],
    ["st mary's", "/?q=st+mary%27s"],
  ])("puts the search %j at %s", (search, href) => {
    expect(trustListHref(search)).toBe(href);
    expect(readTrustListSearch(new URLSearchParams(href.slice(2)))).toBe(search);
  });
});
