import { describe, expect, it } from "vitest";
import {
  auditLogFilterSchema,
  claimDecisionSchema,
  claimRequestSchema,
  trustVerificationSchema,
} from "../src/index.ts";

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

const claim = { jobTitle: "Headteacher", evidence: "Staff page: https://brook.sch.uk/staff" };

describe("claimRequestSchema", () => {
  it.each([
    ["a trust by Group UID", { role: "TRUST_ADMIN", groupUid: 2044, ...claim }, null],
    ["a school by URN", { role: "SCHOOL_MEMBER", urn: 123456, ...claim }, null],
    ["a trust with no Group UID", { role: "TRUST_ADMIN", ...claim }, /Group UID/],
    ["a school with a short URN", { role: "SCHOOL_MEMBER", urn: 12, ...claim }, /six digits/],
    ["no role", { urn: 123456, ...claim }, /administer a trust or represent a school/],
    [
      "no evidence",
      { role: "SCHOOL_MEMBER", urn: 123456, jobTitle: "Head", evidence: " " },
      /curator can tell/,
    ],
  ])("%s", (_case, input, expected) => {
    const parsed = claimRequestSchema.safeParse(input);
    if (expected === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(expected);
  });
});

describe("claimDecisionSchema", () => {
  it.each([
    ["an approval", { decision: "APPROVE" }, null],
    ["a decline with a reason", { decision: "DECLINE", reason: "No such post." }, null],
    ["a decline without one", { decision: "DECLINE", reason: "  " }, /Say why/],
  ])("%s", (_case, input, expected) => {
    const parsed = claimDecisionSchema.safeParse(input);
    if (expected === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(expected);
  });
});
