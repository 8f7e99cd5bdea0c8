import { describe, expect, it } from "vitest";
import { compareCsvHref, compareHref, readCompareRequest } from "./ids.ts";

const read = (search: string) => readCompareRequest(new URLSearchParams(search));

describe("readCompareRequest", () => {
  it("reads repeated and comma-separated ids, in order, each once", () => {
    expect(read("ids=a&ids=b,c&ids=a&ids=%20d%20&ids=,")).toEqual({
      ids: ["a", "b", "c", "d"],
      onlyDifferences: false,
      problem: null,
    });
  });

  it("keeps base64 padding and other characters as given", () => {
    expect(read(`ids=${encodeURIComponent("VHJ1c3Q6YQ==")}&ids=x%2By`).ids).toEqual([
      "VHJ1c3Q6YQ==",
      "x+y",
    ]);
  });

  it("asks for at least 2 trusts", () => {
    expect(read("").problem).toBe("Choose at least 2 trusts to compare: this link names none.");
    expect(read("ids=a&ids=a").problem).toBe(
      "Choose at least 2 trusts to compare: this link names only 1.",
    );
  });

  it("allows up to 4 trusts", () => {
    expect(read("ids=a,b,c,d").problem).toBeNull();
    expect(read("ids=a,b,c,d,e").problem).toBe(
      "You can compare up to 4 trusts at a time: this link names 5. Remove 1.",
    );
  });

  it("reads only=differences, and nothing else, as showing only differences", () => {
    expect(read("ids=a,b&only=differences").onlyDifferences).toBe(true);
    expect(read("ids=a,b&only=all").onlyDifferences).toBe(false);
  });
});

describe("compare links", () => {
  it("write the ids repeated, escaped, and the filter only for the page", () => {
    expect(compareHref(["a=", "b"], true)).toBe("/compare?ids=a%3D&ids=b&only=differences");
    expect(compareCsvHref(["a=", "b"])).toBe("/compare.csv?ids=a%3D&ids=b");
  });
});
