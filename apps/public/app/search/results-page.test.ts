import { describe, expect, it } from "vitest";
import { MAX_RESULTS_PAGE, readResultsPage, resultsPageArgs } from "./results-page.ts";

const read = (query: string) => readResultsPage(new URLSearchParams(query));

describe("readResultsPage", () => {
  it.each([
    ["", 1],
    ["page=1", 1],
    ["page=7", 7],
    [" page=12 ", 12],
    [`page=${MAX_RESULTS_PAGE}`, MAX_RESULTS_PAGE],
  ])("reads %j as page %i, quietly", (query, page) => {
    expect(read(query.trim())).toEqual({ page, ignored: [] });
  });

  it.each(["0", "-2", "two", "2.5", String(MAX_RESULTS_PAGE + 1), "9999999"])(
    "shows the first page for page=%s, and says so",
    (raw) => {
      expect(read(`page=${raw}`)).toEqual({ page: 1, ignored: [{ param: "page", value: raw }] });
    },
  );

  it("notes a cursor from an older link, keeping the page number", () => {
    expect(read("after=abc&page=3")).toEqual({
      page: 3,
      ignored: [{ param: "after", value: "abc" }],
    });
  });
});

describe("resultsPageArgs", () => {
  it("starts page n at 20 × (n − 1)", () => {
    expect(resultsPageArgs(1)).toEqual({ first: 20, offset: 0 });
    expect(resultsPageArgs(3)).toEqual({ first: 20, offset: 40 });
  });
});
