import { describe, expect, it } from "vitest";
import { collectionInputSchema, slugFromTitle } from "../src/index.ts";

const heron = "0b5b2a52-6a52-4f33-9d0e-0c7f1e3b1a01";
const kestrel = "0b5b2a52-6a52-4f33-9d0e-0c7f1e3b1a02";
const valid = {
  title: "Trusts with special schools in the North West",
  slug: "special-schools-north-west",
  summary: "Trusts that run special schools, chosen by the sector body.",
  published: false,
  entries: [{ trustId: heron, note: "Three special schools." }, { trustId: kestrel }],
};

describe("collectionInputSchema", () => {
  it.each<[string, Record<string, unknown>, RegExp | null]>([
    ["a collection with notes and without", {}, null],
    ["no trusts yet", { entries: [] }, null],
    [
      "fifty trusts",
      { entries: Array.from({ length: 50 }, (_, i) => ({ trustId: uuid(i) })) },
      null,
    ],
    [
      "fifty-one trusts",
      { entries: Array.from({ length: 51 }, (_, i) => ({ trustId: uuid(i) })) },
      /at most 50 trusts/,
    ],
    ["a blank title", { title: "  " }, /Enter a title; it cannot be blank/],
    ["a title too long", { title: "x".repeat(121) }, /at most 120/],
    ["a slug with capitals", { slug: "Special-Schools" }, /lowercase letters/],
    ["a slug with a double hyphen", { slug: "special--schools" }, /single hyphens/],
    ["a slug ending in a hyphen", { slug: "special-" }, /single hyphens/],
    ["a blank slug", { slug: "" }, /cannot be blank/],
    ["a slug too long", { slug: "a".repeat(81) }, /at most 80/],
    ["no editorial text", { summary: "" }, /editorial text/],
    ["editorial text too long", { summary: "x".repeat(2001) }, /at most 2000/],
    ["a trust twice", { entries: [{ trustId: heron }, { trustId: heron }] }, /appears once/],
    ["a trust id that is not one", { entries: [{ trustId: "heron" }] }, /not a trust's id/],
    ["a note too long", { entries: [{ trustId: heron, note: "x".repeat(501) }] }, /at most 500/],
    [
      "a note with a NUL",
      { entries: [{ trustId: heron, note: "a\u0000b" }] },
      /control characters/,
    ],
  ])("%s", (_case, change, expected) => {
    const parsed = collectionInputSchema.safeParse({ ...valid, ...change });
    if (expected === null) expect(parsed.error).toBeUndefined();
    else expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(expected);
  });

  it("says which entry repeats a trust, trims text and defaults a missing note to blank", () => {
    const repeated = collectionInputSchema.safeParse({
      ...valid,
      entries: [{ trustId: heron }, { trustId: kestrel }, { trustId: heron }],
    });
    expect(repeated.error?.issues.map((i) => i.path)).toEqual([["entries", 2, "trustId"]]);
    const parsed = collectionInputSchema.parse({ ...valid, title: `  ${valid.title} ` });
    expect(parsed.title).toBe(valid.title);
    expect(parsed.entries).toEqual([
      { trustId: heron, note: "Three special schools." },
      { trustId: kestrel, note: "" },
    ]);
  });
});

describe("slugFromTitle", () => {
  it.each([
    [
      "Trusts with special schools in the North West",
      "trusts-with-special-schools-in-the-north-west",
    ],
    ["  Faith & community  ", "faith-and-community"],
    ["Église schools: 2026!", "eglise-schools-2026"],
    ["---", ""],
    [`${"a".repeat(79)} bb`, "a".repeat(79)],
  ])("%s → %s", (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });
});

function uuid(i: number): string {
  return `0b5b2a52-6a52-4f33-9d0e-${String(i).padStart(12, "0")}`;
}
