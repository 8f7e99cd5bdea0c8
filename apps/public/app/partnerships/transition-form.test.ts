import { describe, expect, it } from "vitest";
import { readStepPost, stepErrors, stepInput, stepProblems } from "./transition-form.ts";

function posted(pairs: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return readStepPost(form);
}

describe("the school's step forms", () => {
  it("reads only the steps the page offers, with a version", () => {
    expect(
      posted([
        ["action", "PROPOSE_TERMS"],
        ["expectedVersion", "2"],
      ]),
    ).toBeNull();
    expect(
      posted([
        ["action", "WITHDRAW"],
        ["expectedVersion", "x"],
      ]),
    ).toBeNull();
    expect(
      posted([
        ["action", "START"],
        ["expectedVersion", "3"],
      ]),
    ).toMatchObject({
      action: "START",
      expectedVersion: 3,
    });
  });

  it("sends only what the step takes", () => {
    const post = posted([
      ["action", "CONCLUDE"],
      ["expectedVersion", "5"],
      ["outcome", "MERGING"],
      ["endDate", "2027-01-01"],
      ["reason", "  Done.  "],
    ]);
    if (!post) throw new Error("not read");
    expect(stepProblems(post)).toEqual([]);
    expect(stepInput("P1", post)).toEqual({
      partnershipId: "P1",
      action: "CONCLUDE",
      expectedVersion: 5,
      reason: "Done.",
      endDate: null,
      outcome: "MERGING",
    });
  });

  it("puts problems on the step's own fields, and the rest on the step", () => {
    const errors = stepErrors("EXTEND", [
      { path: ["input", "endDate"], message: "Too late." },
      { path: [], message: "Not allowed." },
    ]);
    expect(errors.fields).toEqual({ endDate: "Too late." });
    expect(errors.summary).toEqual([
      { href: "#extend", text: "Not allowed." },
      { href: "#extend-endDate", text: "Too late." },
    ]);
  });
});
