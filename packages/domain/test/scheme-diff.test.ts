import { describe, expect, it } from "vitest";
import { type SchemeChange, schemeDiff } from "../src/rules/scheme-diff.ts";
import type { LooseSchemeCell } from "../src/schemes/scheme.ts";

const cell = (decision: string, tier: string, level: string | null): LooseSchemeCell => ({
  decision,
  tier,
  level,
});

describe("schemeDiff", () => {
  it.each<[string, LooseSchemeCell[], LooseSchemeCell[], SchemeChange[]]>([
    ["both empty", [], [], []],
    [
      "unchanged",
      [cell("APPROVE_ANNUAL_BUDGET", "TRUST_BOARD", "DECIDES")],
      [cell("APPROVE_ANNUAL_BUDGET", "TRUST_BOARD", "DECIDES")],
      [],
    ],
    [
      "level changed",
      [cell("APPOINT_HEADTEACHER", "TRUST_BOARD", "DECIDES")],
      [cell("APPOINT_HEADTEACHER", "TRUST_BOARD", "RECOMMENDS")],
      [
        {
          decision: "APPOINT_HEADTEACHER",
          tier: "TRUST_BOARD",
          before: "DECIDES",
          after: "RECOMMENDS",
        },
      ],
    ],
    [
      "cell added and removed",
      [cell("APPOINT_HEADTEACHER", "CEO", "RECOMMENDS")],
      [cell("APPOINT_HEADTEACHER", "LOCAL_GOVERNING_BODY", "DECIDES")],
      [
        { decision: "APPOINT_HEADTEACHER", tier: "CEO", before: "RECOMMENDS", after: null },
        {
          decision: "APPOINT_HEADTEACHER",
          tier: "LOCAL_GOVERNING_BODY",
          before: null,
          after: "DECIDES",
        },
      ],
    ],
    ["missing cell equals null cell", [cell("APPOINT_CEO", "MEMBERS", null)], [], []],
    [
      "decision then tier order, whatever the input order",
      [],
      [
        cell("APPOINT_AUDITORS", "MEMBERS", "DECIDES"),
        cell("SET_TRUST_VISION", "HEADTEACHER", "INFORMED"),
        cell("SET_TRUST_VISION", "TRUST_BOARD", "DECIDES"),
      ],
      [
        { decision: "SET_TRUST_VISION", tier: "TRUST_BOARD", before: null, after: "DECIDES" },
        { decision: "SET_TRUST_VISION", tier: "HEADTEACHER", before: null, after: "INFORMED" },
        { decision: "APPOINT_AUDITORS", tier: "MEMBERS", before: null, after: "DECIDES" },
      ],
    ],
    [
      "unknown keys come last",
      [cell("MYSTERY", "TRUST_BOARD", "DECIDES")],
      [cell("SET_TRUST_VISION", "TRUST_BOARD", "DECIDES")],
      [
        { decision: "SET_TRUST_VISION", tier: "TRUST_BOARD", before: null, after: "DECIDES" },
        { decision: "MYSTERY", tier: "TRUST_BOARD", before: "DECIDES", after: null },
      ],
    ],
  ])("%s", (_name, before, after, expected) => {
    expect(schemeDiff(before, after)).toEqual(expected);
  });
});
