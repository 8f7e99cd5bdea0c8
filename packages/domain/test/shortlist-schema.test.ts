import { describe, expect, it } from "vitest";
import { shortlistNoteSchema } from "../src/schemas/shortlist.ts";

type Outcome = { note: string } | { message: string };

const outcomeOf = (value: unknown): Outcome => {
  const parsed = shortlistNoteSchema.safeParse(value);
  return parsed.success
    ? { note: parsed.data }
    : { message: parsed.error.issues[0]?.message ?? "" };
};

describe("a shortlist note", () => {
  it.each<[string, unknown, Outcome]>([
    [
      "a note",
      "Strong on SEND; ask about reserves.",
      { note: "Strong on SEND; ask about reserves." },
    ],
    ["a note with spaces around it", "  Visit in May.  ", { note: "Visit in May." }],
    ["a blank note", "   ", { note: "" }],
    ["no note", "", { note: "" }],
    ["a note of 2,000 characters", "x".repeat(2000), { note: "x".repeat(2000) }],
    ["2,000 characters once trimmed", ` ${"x".repeat(2000)} `, { note: "x".repeat(2000) }],
    [
      "a note of 2,001 characters",
      "x".repeat(2001),
      { message: "Shorten the note to at most 2,000 characters." },
    ],
    ["a note that is not text", 42, { message: "Write the note as text." }],
    [
      "a control character",
      "Ring\u0007 them",
      { message: expect.stringMatching(/control/i) as unknown as string },
    ],
  ])("%s", (_, value, expected) => {
    expect(outcomeOf(value)).toEqual(expected);
  });
});
