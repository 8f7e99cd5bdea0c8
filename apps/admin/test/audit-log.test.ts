import { readPagePosition } from "@atlas/ui";
import { describe, expect, it } from "vitest";
import { changeRows, fieldLabel, valueText } from "../src/audit-log/audit-changes.ts";
import {
  auditLogHref,
  auditLogSearchFromForm,
  auditLogVariables,
  readAuditLogSearch,
} from "../src/audit-log/audit-log-search.ts";

describe("an audit entry's before and after", () => {
  it("lists every field either side recorded, marking what changed", () => {
    expect(
      changeRows(
        { checkedOn: "2026-01-05", contactName: "Dana Chief", registerMatch: true, notes: null },
        {
          checkedOn: "2026-02-01",
          contactName: "Dana Chief",
          registerMatch: true,
          notes: "Rang the office.",
          verifiedBy: "Cora Curator",
        },
      ),
    ).toEqual([
      { field: "Checked on", before: "2026-01-05", after: "2026-02-01", changed: true },
      { field: "Contact name", before: "Dana Chief", after: "Dana Chief", changed: false },
      { field: "Register match", before: "Yes", after: "Yes", changed: false },
      { field: "Notes", before: "—", after: "Rang the office.", changed: true },
      { field: "Verified by", before: "—", after: "Cora Curator", changed: true },
    ]);
  });

  it("shows a first action (nothing before) and values of any shape", () => {
    expect(changeRows(null, { state: "APPROVED" })).toEqual([
      { field: "State", before: null, after: "APPROVED", changed: true },
    ]);
    expect(changeRows({ role: "TRUST_ADMIN" }, null)).toEqual([
      { field: "Role", before: "TRUST_ADMIN", after: null, changed: true },
    ]);
    expect(changeRows(undefined, null)).toEqual([]);
    expect(valueText(["PRIMARY", "SECONDARY"])).toBe("PRIMARY, SECONDARY");
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    expect(valueText(12500)).toBe("12,500");
    expect(valueText(false)).toBe("No");
    expect(fieldLabel("moderation_comment")).toBe("Moderation comment");
  });
});

describe("the audit log in the address", () => {
  const variablesFor = (query: string) => {
    const params = new URLSearchParams(query);
    return auditLogVariables(readAuditLogSearch(params), readPagePosition(params));
  };

  it.each<[string, ReturnType<typeof auditLogVariables>]>([
    ["", { first: 25 }],
    [
      "action=TRUST_VERIFIED&subject=TRUST&from=2026-01-01&to=2026-01-31&trust=VHJ1c3Q6MQ==",
      {
        first: 25,
        filter: {
          actions: ["TRUST_VERIFIED"],
          subjectTypes: ["TRUST"],
          from: "2026-01-01",
          to: "2026-01-31",
          trustId: "VHJ1c3Q6MQ==",
        },
      },
    ],
    // What the log does not offer is left out rather than sent to be refused.
    ["action=DELETED&from=2026-02-30&to=yesterday&trust=<script>", { first: 25 }],
    [
      "action=CLAIM_DECIDED&after=c25&page=2",
      { first: 25, after: "c25", filter: { actions: ["CLAIM_DECIDED"] } },
    ],
  ])("asks the API for %j", (query, expected) => {
    expect(variablesFor(query)).toEqual(expected);
  });

  it("keeps the trust chosen on its page when the form is applied", () => {
    const kept = readAuditLogSearch(new URLSearchParams("trust=VHJ1c3Q6MQ=="));
    const form = new FormData();
    form.set("action", "TRUST_VERIFIED");
    form.set("subject", "");
    form.set("from", "2026-03-01");
    form.set("to", "");
    expect(auditLogHref(auditLogSearchFromForm(form, kept))).toBe(
      "/audit-log?action=TRUST_VERIFIED&from=2026-03-01&trust=VHJ1c3Q6MQ%3D%3D",
    );
  });
});
