import { readPagePosition } from "@atlas/ui";
import { describe, expect, it } from "vitest";
import {
  isNarrowed,
  noTrustListSearch,
  readTrustListSearch,
  trustListHref,
  trustListSearchFromForm,
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
    [
      "region=LONDON&status=OPEN&type=SINGLE_ACADEMY_TRUST",
      {
        first: 20,
        filter: { regions: ["LONDON"], statuses: ["OPEN"], types: ["SINGLE_ACADEMY_TRUST"] },
      },
    ],
    [
      "verified=no&published=yes&moderation=awaiting",
      { first: 20, filter: { verified: false, published: true, awaitingModeration: true } },
    ],
    [
      "verified=yes&moderation=none",
      { first: 20, filter: { verified: true, awaitingModeration: false } },
    ],
    // Values the list does not offer are left out: closed trusts are never listed.
    ["region=ATLANTIS&status=CLOSED&type=FEDERATION&verified=maybe&moderation=yes", { first: 20 }],
    ["verified=no&after=c20&page=2", { first: 20, after: "c20", filter: { verified: false } }],
  ])("asks the API for %j", (query, expected) => {
    expect(variablesFor(query)).toEqual(expected);
  });

  it("searches with at most 100 characters", () => {
    expect(readTrustListSearch(new URLSearchParams(`q=${"a".repeat(150)}`)).search).toHaveLength(
      100,
    );
  });

  it.each<[Partial<typeof noTrustListSearch>, string, string]>([
    [{}, "/", "/"],
    [{ search: "st mary's" }, "/", "/?q=st+mary%27s"],
    [
      { search: "oak", region: "LONDON", verified: false, awaitingModeration: true },
      "/curation",
      "/curation?q=oak&region=LONDON&verified=no&moderation=awaiting",
    ],
    [
      { published: true, status: "PROPOSED_TO_OPEN" },
      "/",
      "/?status=PROPOSED_TO_OPEN&published=yes",
    ],
  ])("puts %j on %s at %s, and reads it back", (chosen, base, href) => {
    const search = { ...noTrustListSearch, ...chosen };
    expect(trustListHref(search, base)).toBe(href);
    expect(readTrustListSearch(new URL(href, "http://admin.test").searchParams)).toEqual(search);
  });

  it("reads the filter form as it reads the address", () => {
    const form = new FormData();
    form.set("q", " heron ");
    form.set("region", "NORTH_WEST");
    form.set("status", "");
    form.set("verified", "no");
    form.set("published", "");
    form.set("moderation", "awaiting");
    const search = trustListSearchFromForm(form);
    expect(search).toEqual({
      ...noTrustListSearch,
      search: "heron",
      region: "NORTH_WEST",
      verified: false,
      awaitingModeration: true,
    });
    expect(isNarrowed(search)).toBe(true);
    expect(isNarrowed(noTrustListSearch)).toBe(false);
  });
});
