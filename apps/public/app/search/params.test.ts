import { regions } from "@atlas/domain";
import { describe, expect, it } from "vitest";
import { readPagePosition } from "./pagination.ts";
import {
  backToResultsHref,
  fromParamValue,
  fromTrustFilter,
  ignoredPagingValues,
  isFiltered,
  normaliseQuery,
  parseTrustSearch,
  readTrustSearch,
  toParamValue,
  toSearchParams,
  toTrustFilter,
  trustSearchHref,
} from "./params.ts";

const params = (query: string) => new URLSearchParams(query);

describe("parseTrustSearch", () => {
  it("reads an empty URL as no search at all", () => {
    const search = parseTrustSearch(params(""));
    expect(search).toEqual({
      q: "",
      regions: [],
      phases: [],
      sizeBand: null,
      religiousCharacters: [],
      statuses: [],
      types: [],
      near: null,
      values: [],
      allValues: false,
      openToPartnerships: false,
      churchGovernanceLevels: [],
      growthStages: [],
      specialProvision: false,
      sort: null,
    });
    expect(toTrustFilter(search)).toEqual({});
    expect(isFiltered(search)).toBe(false);
  });

  it("maps every chosen value to the API's filter", () => {
    const search = parseTrustSearch(
      params(
        "q=oak+academy&region=london&region=north-west&phase=primary&size=small&religiousCharacter=church-of-england",
      ),
    );
    expect(toTrustFilter(search)).toEqual({
      search: "oak academy",
      regions: ["NORTH_WEST", "LONDON"],
      phases: ["PRIMARY"],
      sizeBand: "SMALL",
      religiousCharacters: ["CHURCH_OF_ENGLAND"],
    });
    expect(isFiltered(search)).toBe(true);
  });

  it("accepts API-style keys, any case and comma-separated lists", () => {
    const search = parseTrustSearch(params("region=SOUTH_WEST,East-Midlands&phase=All-Through"));
    expect(search.regions).toEqual(["EAST_MIDLANDS", "SOUTH_WEST"]);
    expect(search.phases).toEqual(["ALL_THROUGH"]);
  });

  it("ignores values that are not in the vocabularies, rather than failing", () => {
    const search = parseTrustSearch(
      params(
        "region=atlantis&region=london&phase=&phase=university&size=huge&religiousCharacter=jedi",
      ),
    );
    expect(toTrustFilter(search)).toEqual({ regions: ["LONDON"] });
  });

  it("keeps each value once, in the vocabulary's order", () => {
    const search = parseTrustSearch(params("region=london&region=north-east&region=london"));
    expect(search.regions).toEqual(["NORTH_EAST", "LONDON"]);
  });

  it("applies no size band when the URL names several (the API takes one)", () => {
    expect(parseTrustSearch(params("size=small&size=large")).sizeBand).toBeNull();
    expect(parseTrustSearch(params("size=small&size=small")).sizeBand).toBe("SMALL");
  });

  it("tidies the search text and cuts it to what the API accepts", () => {
    expect(parseTrustSearch(params("q=%20%20oak%20%0A%20trust%20")).q).toBe("oak trust");
    expect(toTrustFilter(parseTrustSearch(params("q=%20%20")))).toEqual({});
    expect(normaliseQuery("x".repeat(150))).toHaveLength(100);
    expect(normaliseQuery(null)).toBe("");
  });
});

describe("the school-facing filters", () => {
  it("read a school to be near, values, partnerships, church, growth, provision and order", () => {
    const { search, ignored } = readTrustSearch(
      params(
        "near=123456&within=25&value=inclusion&value=ambition&values=all&partnerships=open&church=majority&growth=growing&special=yes&sort=distance",
      ),
    );
    expect(ignored).toEqual([]);
    expect(toTrustFilter(search)).toEqual({
      near: { urn: 123456, withinKm: 25 },
      values: ["INCLUSION", "AMBITION"],
      valuesMatch: "ALL",
      openToPartnerships: true,
      churchGovernanceLevels: ["MAJORITY"],
      growthStages: ["GROWING"],
      hasSpecialOrAlternativeProvision: true,
    });
    expect(search.sort).toBe("DISTANCE");
    expect(parseTrustSearch(toSearchParams(search))).toEqual(search);
  });

  it.each([
    ["near=12345", [{ param: "near", value: "12345" }], null],
    ["near=123456&within=9000", [{ param: "within", value: "9000" }], 15],
    ["near=123456", [], 15],
  ])("reads %s with a default or a note", (query, expectedIgnored, within) => {
    const { search, ignored } = readTrustSearch(params(query));
    expect(ignored).toEqual(expectedIgnored);
    expect(search.near?.withinKm ?? null).toBe(within);
  });

  it("drops an order the search cannot give, and says so", () => {
    const { search, ignored } = readTrustSearch(params("sort=relevance&partnerships=maybe"));
    expect(search.sort).toBeNull();
    expect(ignored).toEqual([
      { param: "partnerships", value: "maybe" },
      { param: "sort", value: "relevance" },
    ]);
  });
});

describe("toSearchParams", () => {
  it("writes a search back as readable URL parameters that read back the same", () => {
    const search = parseTrustSearch(
      params("phase=secondary&q=oak&region=YORKSHIRE_AND_THE_HUMBER&size=VERY_LARGE"),
    );
    const written = toSearchParams(search).toString();
    expect(written).toBe("q=oak&region=yorkshire-and-the-humber&phase=secondary&size=very-large");
    expect(parseTrustSearch(new URLSearchParams(written))).toEqual(search);
  });

  it("leaves out the page position and unknown parameters", () => {
    const search = parseTrustSearch(params("q=oak&after=abc&page=3&utm_source=mail"));
    expect(toSearchParams(search).toString()).toBe("q=oak");
  });

  it("builds the results page's address", () => {
    expect(trustSearchHref(parseTrustSearch(params("")))).toBe("/trusts");
    expect(trustSearchHref(parseTrustSearch(params("region=london")))).toBe(
      "/trusts?region=london",
    );
  });
});

describe("parameter values", () => {
  it("round-trips every region", () => {
    for (const key of regions.keys) expect(fromParamValue(regions, toParamValue(key))).toBe(key);
  });

  it("rejects what is not a key", () => {
    expect(fromParamValue(regions, "")).toBeNull();
    expect(fromParamValue(regions, "has")).toBeNull();
    expect(fromParamValue(regions, "__proto__")).toBeNull();
  });
});

// The rule is @atlas/ui's; read here with the search's own parameters around it.
describe("readPagePosition", () => {
  it("is the first page with no cursor", () => {
    expect(readPagePosition(params("page=4"))).toEqual({ after: null, before: null, page: 1 });
  });

  it("reads a cursor and its page number", () => {
    expect(readPagePosition(params("after=abc&page=2"))).toEqual({
      after: "abc",
      before: null,
      page: 2,
    });
    expect(readPagePosition(params("before=xyz&page=3"))).toEqual({
      after: null,
      before: "xyz",
      page: 3,
    });
  });

  it("takes `after` when both cursors are given", () => {
    expect(readPagePosition(params("after=a&before=b&page=2"))).toMatchObject({
      after: "a",
      before: null,
    });
  });

  it("does not trust a page number that cannot be right", () => {
    for (const page of ["", "1", "0", "-2", "two", "2.5", "99999999"]) {
      expect(readPagePosition(params(`after=abc&page=${page}`)).page).toBeNull();
    }
  });

  it("ignores an empty or over-long cursor", () => {
    expect(readPagePosition(params("after="))).toEqual({ after: null, before: null, page: 1 });
    expect(readPagePosition(params(`after=${"a".repeat(501)}`)).after).toBeNull();
  });
});

describe("readTrustSearch", () => {
  it("reads statuses and types the site lists, and leaves out the rest", () => {
    const { search, ignored } = readTrustSearch(
      params("status=proposed-to-close,closed&type=single-academy-trust&type=federation"),
    );
    expect(toTrustFilter(search)).toEqual({
      statuses: ["PROPOSED_TO_CLOSE"],
      types: ["SINGLE_ACADEMY_TRUST"],
    });
    expect(ignored).toEqual([
      { param: "status", value: "closed" },
      { param: "type", value: "federation" },
    ]);
    expect(trustSearchHref(search)).toBe(
      "/trusts?status=proposed-to-close&type=single-academy-trust",
    );
  });

  it("notes every value it could not use, but not a field sent empty", () => {
    const { ignored } = readTrustSearch(
      params("region=XYZ&region=london&phase=&phase=NOPE&size=small&size=large"),
    );
    expect(ignored).toEqual([
      { param: "region", value: "XYZ" },
      { param: "phase", value: "NOPE" },
      { param: "size", value: "small", reason: "only-one" },
      { param: "size", value: "large", reason: "only-one" },
    ]);
    expect(readTrustSearch(params("q=oak&region=london&phase=")).ignored).toEqual([]);
  });
});

describe("ignoredPagingValues", () => {
  it("notes a page number with no cursor to reach it, or one that is not a number", () => {
    expect(ignoredPagingValues(params("page=999"))).toEqual([{ param: "page", value: "999" }]);
    expect(ignoredPagingValues(params("after=abc&page=two"))).toEqual([
      { param: "page", value: "two" },
    ]);
    expect(ignoredPagingValues(params(`before=${"a".repeat(501)}`))).toEqual([
      { param: "before", value: "a".repeat(501) },
    ]);
  });

  it("is quiet about the first page and about ordinary page links", () => {
    expect(ignoredPagingValues(params(""))).toEqual([]);
    expect(ignoredPagingValues(params("page=1"))).toEqual([]);
    expect(ignoredPagingValues(params("after=abc&page=3"))).toEqual([]);
  });
});

describe("backToResultsHref", () => {
  it.each([
    [null, null],
    ["", null],
    ["q=oak&region=london&after=abc&page=2", "/trusts?q=oak&region=london&after=abc&page=2"],
    // Whatever is put in the address, the link leads only to the search page, with a search.
    ["q=oak&next=https://evil.example", "/trusts?q=oak"],
    ["//evil.example", "/trusts"],
  ])("reads %s as %s", (raw, expected) => {
    expect(backToResultsHref(raw)).toBe(expected);
  });
});

describe("fromTrustFilter", () => {
  it("is the inverse of toTrustFilter for every field the page shows", () => {
    const search = parseTrustSearch(
      params(
        "q=oak&region=london&phase=primary&size=medium&religiousCharacter=church-of-england&status=open&type=multi-academy-trust&near=100001&within=25&value=inclusion&value=ambition&values=all&partnerships=open&church=majority&growth=growing&special=yes",
      ),
    );
    // Every field holds a value, so none can pass by being empty on both sides.
    for (const [field, value] of Object.entries(search)) {
      if (field !== "sort") expect(value, field).not.toEqual([]);
    }
    expect(fromTrustFilter(toTrustFilter(search))).toEqual({ search, unshown: 0 });
  });

  it("counts the parts the page has no field for", () => {
    const { search, unshown } = fromTrustFilter({
      regions: ["LONDON"],
      pupils: { min: 1000 },
      gagPooling: true,
    });
    expect(search.regions).toEqual(["LONDON"]);
    expect(unshown).toBe(2);
  });
});
