import { describe, expect, it } from "vitest";
import { inReadingOrder } from "./profile.ts";

describe("inReadingOrder", () => {
  it("lists phases by pupils' age, with Not applicable last", () => {
    // The API's order: the register's, where Not applicable is code 0.
    expect(
      inReadingOrder([
        { phase: "NOT_APPLICABLE", count: 1 },
        { phase: "PRIMARY", count: 2 },
        { phase: "SECONDARY", count: 1 },
        { phase: "ALL_THROUGH", count: 1 },
      ]),
    ).toEqual([
      { phase: "PRIMARY", count: 2 },
      { phase: "SECONDARY", count: 1 },
      { phase: "ALL_THROUGH", count: 1 },
      { phase: "NOT_APPLICABLE", count: 1 },
    ]);
    expect(inReadingOrder([])).toEqual([]);
  });
});
