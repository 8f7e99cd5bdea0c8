import { describe, expect, it } from "vitest";
import { trustOrderFor } from "../src/rules/trust-order.ts";

const near = { urn: 100001, withinKm: 10 };

describe("trustOrderFor", () => {
  it.each([
    ["nothing asked, nothing given", {}, null, { order: "NAME" }],
    ["nothing asked, search text", { search: "oak" }, null, { order: "RELEVANCE" }],
    ["nothing asked, a school to be near", { near }, undefined, { order: "DISTANCE" }],
    ["nothing asked, both", { search: "oak", near }, null, { order: "RELEVANCE" }],
    ["size asked", {}, "SIZE", { order: "SIZE" }],
    ["name asked with search text", { search: "oak" }, "NAME", { order: "NAME" }],
    ["distance asked with a school", { near }, "DISTANCE", { order: "DISTANCE" }],
  ] as const)("%s", (_name, filter, asked, expected) => {
    expect(trustOrderFor(filter, asked)).toEqual(expected);
  });

  it.each([
    ["relevance without search text", {}, "RELEVANCE", /needs search text/],
    ["distance without a school", { search: "oak" }, "DISTANCE", /needs a school/],
  ] as const)("refuses %s", (_name, filter, asked, message) => {
    const result = trustOrderFor(filter, asked);
    expect("error" in result && result.error).toMatch(message);
  });
});
