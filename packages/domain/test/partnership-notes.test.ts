import { describe, expect, it } from "vitest";
import {
  partnershipNoteKinds,
  partnershipNoteRefusal,
  partnershipNoteSchema,
  partnershipStates,
} from "../src/index.ts";

const allowed: Record<string, readonly string[]> = {
  MESSAGE: ["REQUESTED", "IN_DISCUSSION", "AGREED", "ACTIVE"],
  ACTIVITY: ["ACTIVE"],
  REVIEW: ["ACTIVE"],
};

describe("partnershipNoteRefusal", () => {
  const cases = partnershipStates.keys.flatMap((state) =>
    partnershipNoteKinds.keys.map((kind) => [state, kind] as const),
  );
  it.each(cases)("%s × %s", (state, kind) => {
    const refusal = partnershipNoteRefusal(state, kind);
    if (allowed[kind]?.includes(state)) expect(refusal).toBeNull();
    else expect(refusal).toMatch(partnershipStates.label(state).toLowerCase());
  });
});

describe("partnershipNoteSchema", () => {
  it.each([
    [{ kind: "MESSAGE", body: "Shall we meet on Tuesday?" }, true],
    [{ kind: "REVIEW", body: "Going well.", nextReviewDate: "2027-03-01" }, true],
    [{ kind: "REVIEW", body: "Going well.", nextReviewDate: "2027-02-30" }, false],
    [{ kind: "MESSAGE", body: "   " }, false],
    [{ kind: "GOSSIP", body: "Hello" }, false],
    [{ kind: "MESSAGE", body: "x".repeat(4001) }, false],
  ])("%j is %s", (note, valid) => {
    expect(partnershipNoteSchema.safeParse(note).success).toBe(valid);
  });
});
