import { describe, expect, it } from "vitest";
import { auditLogFilterSchema, trustVerificationSchema } from "../src/index.ts";

const today = "2026-12-07";
const checked = {
  registerMatch: true,
  contactConfirmed: true,
  contactName: "Dana Chief",
  checkedOn: "2026-12-01",
};

describe("trustVerificationSchema", () => {
  it.each([
    ["both checks, dated today or before", checked, null],
    ["dated today", { ...checked, checkedOn: today }, null],
    ["the register not checked", { ...checked, registerMatch: false }, /against the register/],
    ["no contact confirmed", { ...checked, contactConfirmed: false }, /named contact/],
    ["no contact named", { ...checked, contactName: " " }, /cannot be blank/],
    ["dated tomorrow", { ...checked, checkedOn: "2026-12-08" }, /future/],
    ["not a date", { ...checked, checkedOn: "2026-02-30" }, /real date/],
    ["notes too long", { ...checked, notes: "x".repeat(2001) }, /2000/],
  ])("%s", (_case, input, expected) => {
    const parsed = trustVerificationSchema(today).safeParse(input);
    if (expected === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(expected);
  });
});

describe("auditLogFilterSchema", () => {
  it.each([
    ["nothing", {}, null],
    [
      "actions and a range",
      { actions: ["TRUST_VERIFIED"], from: "2026-01-01", to: "2026-01-31" },
      null,
    ],
    ["one day", { from: "2026-01-01", to: "2026-01-01" }, null],
    ["a range backwards", { from: "2026-02-01", to: "2026-01-01" }, /not be after/],
    ["an unknown action", { actions: ["DELETED_EVERYTHING"] }, /Invalid option/],
  ])("%s", (_case, input, expected) => {
    const parsed = auditLogFilterSchema.safeParse(input);
    if (expected === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(expected);
  });
});
