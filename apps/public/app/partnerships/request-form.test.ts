import { addMonths } from "@atlas/domain";
import { describe, expect, it } from "vitest";
import { readRequestForm, requestFromForm } from "./request-form.ts";

const today = "2026-03-02";
const key = "0b6f7c1e-4c1a-4c4e-9f3e-2a4d6f8b9c10";
const where = { trustId: "VHJ1c3Q6MQ==", urn: 123456, today };

function posted(pairs: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return readRequestForm(form);
}

const valid: [string, string][] = [
  ["idempotencyKey", key],
  ["intent", "CONVERT_AND_JOIN"],
  ["focusAreas", "SEND"],
  ["objectives", "Better SEND support."],
  ["proposedStartDate", today],
  ["proposedEndDate", addMonths(today, 24)],
  ["expectedServiceChargePounds", "£1,250.50"],
  ["governingBodyResolutionDate", ""],
];

describe("requestFromForm", () => {
  it("turns a valid form into the domain's request, pounds as people write them", () => {
    const checked = requestFromForm(posted(valid), where);
    expect(checked).toEqual({
      ok: true,
      request: {
        trustId: where.trustId,
        urn: where.urn,
        idempotencyKey: key,
        intent: "CONVERT_AND_JOIN",
        focusAreas: ["SEND"],
        objectives: "Better SEND support.",
        proposedStartDate: today,
        proposedEndDate: addMonths(today, 24),
        expectedServiceChargePounds: 1250.5,
      },
    });
  });

  it("reports every problem at once, by field, in the form's order", () => {
    const checked = requestFromForm(
      posted([
        ["idempotencyKey", key],
        ["objectives", " "],
        ["proposedStartDate", "2026-03-01"],
        ["proposedEndDate", "2026-03-01"],
        ["expectedServiceChargePounds", "lots"],
        ["governingBodyResolutionDate", "2026-03-03"],
      ]),
      where,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors.fields)).toEqual([
      "intent",
      "focusAreas",
      "objectives",
      "proposedStartDate",
      "proposedEndDate",
      "expectedServiceChargePounds",
      "governingBodyResolutionDate",
    ]);
    expect(checked.errors.summary[0]).toEqual({
      href: "#intent",
      text: checked.errors.fields.intent,
    });
    expect(checked.errors.fields.proposedEndDate).toMatch(/after the start/);
    expect(checked.errors.fields.governingBodyResolutionDate).toMatch(/in the future/);
  });
});
