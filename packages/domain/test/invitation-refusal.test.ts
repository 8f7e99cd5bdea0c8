import { describe, expect, it } from "vitest";
import { invitationRefusal } from "../src/index.ts";

const now = new Date("2026-12-07T12:00:00Z");
const open = {
  email: "sam@brook.example",
  expiresAt: new Date("2026-12-10T12:00:00Z"),
  acceptedAt: null,
};

describe("invitationRefusal", () => {
  it.each([
    ["an open invitation, by its address", open, "sam@brook.example", null],
    ["the address in other capitals", open, "Sam@Brook.example", null],
    ["one used already", { ...open, acceptedAt: now }, "sam@brook.example", /used already/],
    ["one expiring this instant", { ...open, expiresAt: now }, "sam@brook.example", /expired/],
    ["another person", open, "kit@elsewhere.example", /sent to sam@brook.example/],
  ])("%s", (_case, invitation, email, expected) => {
    const refusal = invitationRefusal(invitation, { email }, now);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});
