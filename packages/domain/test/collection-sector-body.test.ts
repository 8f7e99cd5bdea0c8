import { describe, expect, it } from "vitest";
import { collectionSectorBody } from "../src/index.ts";

describe("collectionSectorBody", () => {
  it.each([
    ["the only body, not asked for", null, ["a"], { ok: true, sectorBodyId: "a" }],
    ["the only body, asked for", "a", ["a"], { ok: true, sectorBodyId: "a" }],
    ["one of several, asked for", "b", ["a", "b"], { ok: true, sectorBodyId: "b" }],
    ["none asked of several", null, ["a", "b"], { ok: false, refusal: "CHOOSE" }],
    ["a body not curated", "c", ["a", "b"], { ok: false, refusal: "NOT_CURATED" }],
    ["a curator of nothing", null, [], { ok: false, refusal: "NONE" }],
  ])("%s", (_case, asked, curated, expected) => {
    expect(collectionSectorBody(asked, curated)).toMatchObject(expected);
  });
});
