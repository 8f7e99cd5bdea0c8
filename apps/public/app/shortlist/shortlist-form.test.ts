import { describe, expect, it } from "vitest";
import { readShortlistPost } from "./shortlist-form.ts";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("readShortlistPost", () => {
  it.each([
    [
      "adds a trust, returning to a page of this site",
      { intent: "add", trustId: "T1", returnTo: "/trusts?q=oak" },
      { intent: "add", trustId: "T1", returnTo: "/trusts?q=oak" },
    ],
    [
      "never returns to another site",
      { intent: "remove", trustId: "T1", returnTo: "https://evil.example/" },
      { intent: "remove", trustId: "T1", returnTo: "/" },
    ],
    [
      "returns to the shortlist when no page is given",
      { intent: "add", trustId: "T1" },
      { intent: "add", trustId: "T1", returnTo: null },
    ],
    [
      "trims a note, and takes an empty one",
      { intent: "note", trustId: "T1", note: "  Ask about CPD.  " },
      { intent: "note", trustId: "T1", note: "Ask about CPD." },
    ],
    [
      "saves a search under its name",
      { intent: "save-search", name: " Near us ", search: "near=100001&within=15" },
      {
        intent: "save-search",
        name: "Near us",
        search: "near=100001&within=15",
        alerts: "IMMEDIATE",
        returnTo: null,
      },
    ],
    [
      "saves a search with a weekly digest",
      { intent: "save-search", name: "Weekly", search: "", alerts: "WEEKLY" },
      { intent: "save-search", name: "Weekly", search: "", alerts: "WEEKLY", returnTo: null },
    ],
    [
      "turns a search's emails off",
      { intent: "set-alerts", savedSearchId: "S1", alerts: "OFF" },
      { intent: "set-alerts", savedSearchId: "S1", alerts: "OFF" },
    ],
    [
      "marks a saved search seen",
      { intent: "mark-seen", savedSearchId: "S1" },
      { intent: "mark-seen", savedSearchId: "S1" },
    ],
  ])("%s", (_case, fields, post) => {
    expect(readShortlistPost(form(fields))).toEqual({ ok: true, post });
  });

  it.each([
    ["a trust not named", { intent: "add" }, "trustId", /Say which trust/],
    ["a note too long", { intent: "note", trustId: "T1", note: "x".repeat(2001) }, "note", /2,000/],
    ["a search with no name", { intent: "save-search", name: "  ", search: "" }, "name", /name/i],
    ["a saved search not named", { intent: "delete-search" }, "savedSearchId", /saved search/],
    [
      "an alert choice we do not offer",
      { intent: "set-alerts", savedSearchId: "S1", alerts: "HOURLY" },
      "alerts",
      /how to hear/,
    ],
    ["a form we do not know", { intent: "launch" }, "intent", /not one we know/],
  ])("refuses %s", (_case, fields, field, message) => {
    const read = readShortlistPost(form(fields));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.field).toBe(field);
    expect(read.error.message).toMatch(message);
  });
});
