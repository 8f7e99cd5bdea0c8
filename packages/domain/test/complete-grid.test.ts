import { describe, expect, it } from "vitest";
import { completeGrid, modelScheme, type SchemeGrid, storedGrid } from "../src/schemes/scheme.ts";
import { delegationDecisions, delegationTiers } from "../src/vocabularies/delegation.ts";

const size = delegationDecisions.keys.length * delegationTiers.keys.length;

describe("completeGrid", () => {
  it.each<[string, SchemeGrid, number]>([
    ["an empty grid", [], 0],
    ["one cell", [{ decision: "APPOINT_CEO", tier: "TRUST_BOARD", level: "DECIDES" }], 1],
    [
      "cells out of order",
      [
        { decision: "APPOINT_TRUSTEES", tier: "MEMBERS", level: "DECIDES" },
        { decision: "SET_TRUST_VISION", tier: "HEADTEACHER", level: "INFORMED" },
      ],
      2,
    ],
  ])("fills %s to every decision and tier, keeping the levels given", (_, grid, levelled) => {
    const full = completeGrid(grid);
    expect(full).toHaveLength(size);
    expect(full.filter((c) => c.level !== null)).toHaveLength(levelled);
    for (const cell of grid) expect(full).toContainEqual(cell);
  });

  it("puts cells in decision then tier order, whatever order they came in", () => {
    const model = modelScheme("LOCAL_GOVERNING_BODIES");
    expect(completeGrid([...model].reverse())).toEqual(model);
  });
});

describe("storedGrid", () => {
  it("keeps the filled cells only, in decision then tier order, and completeGrid undoes it", () => {
    const model = modelScheme("ADVISORY_COUNCILS");
    const stored = storedGrid([...model].reverse());
    expect(stored.every((c) => c.level !== null)).toBe(true);
    expect(stored).toEqual(model.filter((c) => c.level !== null));
    expect(completeGrid(stored)).toEqual(model);
  });
});
