import { describe, expect, it } from "vitest";
import { unpublishOutcomeOf } from "../src/trust-documents/unpublish-outcome.ts";

describe("unpublishOutcomeOf", () => {
  it.each([
    [
      "no answer (the request failed)",
      null,
      { ok: false, message: expect.stringMatching(/connection/) },
    ],
    ["the payload", { __typename: "UnpublishTrustProfileVersionPayload" as const }, { ok: true }],
    [
      "the scheme's payload",
      { __typename: "UnpublishSchemeOfDelegationVersionPayload" as const },
      { ok: true },
    ],
    [
      "a validation error, by its first issue",
      {
        __typename: "ValidationError" as const,
        message: "input: bad",
        issues: [{ message: "Enter the reason." }],
      },
      { ok: false, message: "Enter the reason." },
    ],
    [
      "already unpublished",
      {
        __typename: "AlreadyUnpublishedError" as const,
        message: "This version was already unpublished.",
      },
      { ok: false, message: "This version was already unpublished." },
    ],
  ])("%s", (_, answer, outcome) => {
    expect(unpublishOutcomeOf(answer)).toEqual(outcome);
  });
});
