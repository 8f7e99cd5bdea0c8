import { checkInvite, inviteAnswerOf } from "@atlas/ui";
import { describe, expect, it } from "vitest";
import { blankVerify, checkVerify, verifyAnswerOf } from "../src/curation/verify-form.ts";

const today = "2026-03-10";

describe("the verify form", () => {
  it("says, by each field, what is missing before anything is sent", () => {
    const check = checkVerify({ ...blankVerify(today), checkedOn: "2026-03-11" }, today);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors.fields)).toEqual([
      "registerMatch",
      "contactConfirmed",
      "contactName",
      "checkedOn",
    ]);
    expect(check.errors.fields.checkedOn).toBe("The checks cannot be dated in the future.");
    expect(check.errors.summary[0]).toEqual({
      href: "#registerMatch",
      text: check.errors.fields.registerMatch,
    });
  });

  it("sends both checks, the contact, the day and notes only when there are some", () => {
    const values = {
      registerMatch: true,
      contactConfirmed: true,
      contactName: " Dana Chief ",
      checkedOn: today,
      notes: "  ",
    };
    expect(checkVerify(values, today)).toEqual({
      ok: true,
      input: {
        registerMatch: true,
        contactConfirmed: true,
        contactName: "Dana Chief",
        checkedOn: today,
        notes: null,
      },
    });
  });

  it("puts the API's typed errors at their fields", () => {
    const answer = verifyAnswerOf({
      __typename: "ValidationError",
      issues: [{ path: ["input", "contactName"], message: "Enter the name." }],
    });
    expect(answer).toEqual({
      kind: "issues",
      errors: {
        fields: { contactName: "Enter the name." },
        summary: [{ href: "#contactName", text: "Enter the name." }],
      },
    });
    expect(
      verifyAnswerOf({ __typename: "NotFoundError", message: "There is no such trust." }),
    ).toEqual({ kind: "error", text: "There is no such trust." });
    expect(verifyAnswerOf(undefined).kind).toBe("error");
    expect(verifyAnswerOf({ __typename: "VerifyTrustPayload" })).toEqual({ kind: "done" });
  });
});

describe("the invite form", () => {
  it("checks the address with the domain's schema", () => {
    expect(checkInvite("not an address").ok).toBe(false);
    expect(checkInvite("  Sam@Heron.example ")).toMatchObject({ ok: true });
  });

  it("shows a refusal on the email field, where the fix is", () => {
    const answer = inviteAnswerOf({
      __typename: "InvitationRefusedError",
      message: "sam@heron.example administers this trust already.",
    });
    expect(answer).toEqual({
      kind: "issues",
      errors: {
        fields: { email: "sam@heron.example administers this trust already." },
        summary: [{ href: "#email", text: "sam@heron.example administers this trust already." }],
      },
    });
    expect(
      inviteAnswerOf({
        __typename: "InvitationPayload",
        invitation: { email: "sam@heron.example", expiresAt: "2026-03-17T10:00:00Z" },
      }),
    ).toEqual({ kind: "sent", email: "sam@heron.example", expiresAt: "2026-03-17T10:00:00Z" });
  });
});
