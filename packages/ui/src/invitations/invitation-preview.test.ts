import { describe, expect, it } from "vitest";
import { invitedAs, previewRefusal } from "./invitation-preview.ts";

const now = new Date("2026-06-01T12:00:00Z");
const invitation = {
  email: "ivy@trust.example",
  expiresAt: "2026-06-08T12:00:00Z",
  acceptedAt: null,
};

describe("previewRefusal", () => {
  it.each([
    ["can be accepted by its address", invitation, { email: "IVY@trust.example" }, null],
    ["does not check the address of someone signed out", invitation, null, null],
    [
      "is used",
      { ...invitation, acceptedAt: "2026-06-02T09:00:00Z" },
      null,
      /^This invitation has been used already/,
    ],
    ["has expired", { ...invitation, expiresAt: "2026-06-01T11:59:59Z" }, null, /has expired/],
    [
      "was sent to another address",
      invitation,
      { email: "someone@else.example" },
      /^This invitation was sent to ivy@trust\.example\./,
    ],
  ])("%s", (_what, shown, viewer, expected) => {
    const refusal = previewRefusal(shown, viewer, now);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});

describe("invitedAs", () => {
  it("names the role and the organisation", () => {
    expect(invitedAs("TRUST_ADMIN", "Oak Trust")).toBe("an administrator of Oak Trust");
    expect(invitedAs("SCHOOL_MEMBER", "Oak Primary School")).toBe("a member of Oak Primary School");
  });
});
