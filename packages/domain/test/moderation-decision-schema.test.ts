import { describe, expect, it } from "vitest";
import { moderationDecisionSchema } from "../src/index.ts";

describe("moderationDecisionSchema", () => {
  it.each([
    ["approve without a comment", { decision: "APPROVE" }, null],
    ["approve with a note", { decision: "APPROVE", comment: "Clear and complete." }, null],
    ["changes with a comment", { decision: "REQUEST_CHANGES", comment: "Name the CEO." }, null],
    ["unpublish with a reason", { decision: "UNPUBLISH", comment: "Defamatory text." }, null],
    ["changes without a comment", { decision: "REQUEST_CHANGES" }, /what the trust should change/],
    ["unpublish with a blank reason", { decision: "UNPUBLISH", comment: "  " }, /why it comes/],
    ["a comment too long", { decision: "APPROVE", comment: "x".repeat(2001) }, /2000/],
    ["an unknown decision", { decision: "IGNORE" }, /./],
  ])("%s", (_case, input, expected) => {
    const parsed = moderationDecisionSchema.safeParse(input);
    if (expected === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(expected);
  });

  it("trims the comment", () => {
    expect(moderationDecisionSchema.parse({ decision: "APPROVE", comment: " ok " }).comment).toBe(
      "ok",
    );
  });
});
