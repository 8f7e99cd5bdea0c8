import { describe, expect, it } from "vitest";
import { schemeProblems } from "../src/rules/scheme-problems.ts";
import { type LooseSchemeCell, modelScheme } from "../src/schemes/scheme.ts";
import { governanceModels } from "../src/vocabularies/delegation.ts";

const base = modelScheme("LOCAL_GOVERNING_BODIES");

/** The model grid with one cell's level replaced (or the cell added). */
function withCell(decision: string, tier: string, level: string | null): LooseSchemeCell[] {
  const rest = base.filter((c) => !(c.decision === decision && c.tier === tier));
  return [...rest, { decision, tier, level }];
}

describe("schemeProblems", () => {
  it.each(governanceModels.keys)("the %s model scheme has no problems", (model) => {
    expect(schemeProblems(modelScheme(model))).toEqual([]);
  });

  it.each<[string, LooseSchemeCell[], { decision: string; message: RegExp }[]]>([
    [
      "no tier decides",
      withCell("APPROVE_ANNUAL_BUDGET", "TRUST_BOARD", "RECOMMENDS"),
      [
        {
          decision: "APPROVE_ANNUAL_BUDGET",
          message: /No tier decides "Approve the trust's annual budget"/,
        },
      ],
    ],
    [
      "several tiers decide, naming them",
      withCell("APPOINT_HEADTEACHER", "LOCAL_GOVERNING_BODY", "DECIDES"),
      [
        {
          decision: "APPOINT_HEADTEACHER",
          message: /Several tiers decide .*\(Trust board, Local governing body\)/,
        },
      ],
    ],
    [
      "reserved matter decided by the board",
      withCell("AMEND_ARTICLES", "MEMBERS", "RECOMMENDS").map((c) =>
        c.decision === "AMEND_ARTICLES" && c.tier === "TRUST_BOARD"
          ? { ...c, level: "DECIDES" }
          : c,
      ),
      [
        {
          decision: "AMEND_ARTICLES",
          message: /members' reserved matter, but Trust board decides it/,
        },
      ],
    ],
    [
      "reserved matter undecided",
      withCell("APPOINT_AUDITORS", "MEMBERS", null),
      [
        {
          decision: "APPOINT_AUDITORS",
          message: /reserved matter, so mark Members as deciding it/,
        },
      ],
    ],
    [
      "unknown decision",
      [
        ...base,
        { decision: "BUY_A_BOAT", tier: "CEO", level: "DECIDES" },
        { decision: "BUY_A_BOAT", tier: "TRUST_BOARD", level: "INFORMED" },
      ],
      [{ decision: "BUY_A_BOAT", message: /"BUY_A_BOAT" is not a decision/ }],
    ],
    [
      "unknown tier",
      withCell("SET_TRUST_VISION", "PARENTS", "INFORMED"),
      [{ decision: "SET_TRUST_VISION", message: /"PARENTS" is not a governance tier/ }],
    ],
    [
      "unknown level",
      withCell("SET_TRUST_VISION", "CEO", "VETOES"),
      [{ decision: "SET_TRUST_VISION", message: /"VETOES" is not a responsibility level/ }],
    ],
    [
      "tier listed twice",
      [...base, { decision: "SET_TRUST_VISION", tier: "CEO", level: "INFORMED" }],
      [{ decision: "SET_TRUST_VISION", message: /listed twice/ }],
    ],
  ])("%s", (_name, grid, expected) => {
    const problems = schemeProblems(grid);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(problems[i]?.decision).toBe(e.decision);
      expect(problems[i]?.message).toMatch(e.message);
    });
  });

  it("reports every decision of an empty grid as undecided", () => {
    const problems = schemeProblems([]);
    expect(problems.length).toBe(base.length / 6);
    expect(problems.every((p) => p.message.startsWith("No tier decides"))).toBe(true);
  });
});
