import { describe, expect, it } from "vitest";
import {
  changeSummarySchema,
  expectedVersionSchema,
  unpublishReasonSchema,
} from "../src/schemas/publishing.ts";

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? null);

describe("publishing inputs", () => {
  it.each<[string, unknown, string | null]>([
    ["a summary", "Updated our reserves policy", null],
    ["a blank summary", "   ", "Enter a summary of what changed; it cannot be blank."],
    ["no summary", undefined, "Enter a summary of what changed."],
    [
      "a summary too long",
      "x".repeat(501),
      "Shorten a summary of what changed to at most 500 characters.",
    ],
  ])("change summary: %s", (_, value, message) => {
    expect(messageOf(changeSummarySchema.safeParse(value))).toBe(message);
  });

  it.each<[string, unknown, string | null]>([
    ["a reason", "Claims we could not verify", null],
    ["a blank reason", "", "Enter the reason for unpublishing; it cannot be blank."],
    ["a control character", "Bad\u0007", expect.stringMatching(/control/i) as unknown as string],
  ])("unpublish reason: %s", (_, value, message) => {
    expect(messageOf(unpublishReasonSchema.safeParse(value))).toEqual(message);
  });

  it.each<[unknown, string | null]>([
    [0, null],
    [12, null],
    [-1, "Give the draft version you started from as 0 or more."],
    [1.5, "Give the draft version you started from as a whole number."],
    ["1", "Give the draft version you started from as a number."],
  ])("expected version %j", (value, message) => {
    expect(messageOf(expectedVersionSchema.safeParse(value))).toBe(message);
  });
});
