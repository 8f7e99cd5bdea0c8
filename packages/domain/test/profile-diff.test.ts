import { describe, expect, it } from "vitest";
import { type ProfileChange, profileDiff } from "../src/rules/profile-diff.ts";

describe("profileDiff", () => {
  it.each<[string, unknown, unknown, ProfileChange[]]>([
    ["identical", { a: 1, b: { c: "x" } }, { a: 1, b: { c: "x" } }, []],
    ["flat field changed", { a: 1 }, { a: 2 }, [{ field: "a", before: 1, after: 2 }]],
    [
      "nested field changed, dotted path",
      { finance: { reserves: { targetPercent: 5 } } },
      { finance: { reserves: { targetPercent: 8 } } },
      [{ field: "finance.reserves.targetPercent", before: 5, after: 8 }],
    ],
    ["field added", {}, { ethos: "Kind" }, [{ field: "ethos", before: undefined, after: "Kind" }]],
    [
      "field removed",
      { ethos: "Kind" },
      {},
      [{ field: "ethos", before: "Kind", after: undefined }],
    ],
    [
      "nested object added: each leaf named",
      {},
      { faith: { level: "NONE" } },
      [{ field: "faith.level", before: undefined, after: "NONE" }],
    ],
    [
      "arrays compared as wholes",
      { centralServices: ["HR"] },
      { centralServices: ["HR", "IT"] },
      [{ field: "centralServices", before: ["HR"], after: ["HR", "IT"] }],
    ],
    ["equal arrays of objects", { v: [{ a: 1 }] }, { v: [{ a: 1 }] }, []],
    ["missing and undefined are the same", { a: undefined }, {}, []],
    [
      "object replaced by null",
      { g: { x: 1 } },
      { g: null },
      [{ field: "g", before: { x: 1 }, after: null }],
    ],
    [
      "order: before's fields, then new ones",
      { b: 1, a: 1 },
      { c: 1, a: 2, b: 2 },
      [
        { field: "b", before: 1, after: 2 },
        { field: "a", before: 1, after: 2 },
        { field: "c", before: undefined, after: 1 },
      ],
    ],
  ])("%s", (_name, before, after, expected) => {
    expect(profileDiff(before, after)).toEqual(expected);
  });
});
