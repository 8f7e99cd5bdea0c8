import { checkNote, nextReviewDate, noteErrors, notesOf } from "@atlas/ui";
import { describe, expect, it } from "vitest";
import { noteAnswerOf } from "./note-form.ts";

describe("the trust's note forms", () => {
  it.each([
    {
      case: "a message",
      kind: "MESSAGE" as const,
      form: { body: "  Could we meet on Tuesday?  ", nextReviewDate: "" },
      note: { kind: "MESSAGE", body: "Could we meet on Tuesday?" },
    },
    {
      case: "an activity",
      kind: "ACTIVITY" as const,
      form: { body: "Joint CPD day on phonics.", nextReviewDate: "" },
      note: { kind: "ACTIVITY", body: "Joint CPD day on phonics." },
    },
    {
      case: "a review with its next date",
      kind: "REVIEW" as const,
      form: { body: "Going well.", nextReviewDate: " 2027-03-01 " },
      note: { kind: "REVIEW", body: "Going well.", nextReviewDate: "2027-03-01" },
    },
    {
      case: "a review with no next date",
      kind: "REVIEW" as const,
      form: { body: "Going well.", nextReviewDate: "" },
      note: { kind: "REVIEW", body: "Going well." },
    },
    {
      case: "a message ignores a date it has no field for",
      kind: "MESSAGE" as const,
      form: { body: "Hello.", nextReviewDate: "2027-03-01" },
      note: { kind: "MESSAGE", body: "Hello." },
    },
  ])("accepts $case", ({ kind, form, note }) => {
    expect(checkNote(kind, form)).toEqual({ ok: true, note });
  });

  it.each([
    {
      case: "a blank message",
      kind: "MESSAGE" as const,
      form: { body: "   ", nextReviewDate: "" },
      summary: [{ href: "#message-body", text: "Enter the note; it cannot be blank." }],
    },
    {
      case: "a message too long",
      kind: "MESSAGE" as const,
      form: { body: "x".repeat(4001), nextReviewDate: "" },
      summary: [{ href: "#message-body", text: "Shorten the note to at most 4000 characters." }],
    },
    {
      case: "a review with a date that is none, and no words",
      kind: "REVIEW" as const,
      form: { body: "", nextReviewDate: "2027-02-30" },
      summary: [
        { href: "#review-body", text: "Enter the note; it cannot be blank." },
        {
          href: "#review-nextReviewDate",
          text: "Give the next review date as a date, like 2027-03-01.",
        },
      ],
    },
  ])("refuses $case, linking each error to its field", ({ kind, form, summary }) => {
    const checked = checkNote(kind, form);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.summary).toEqual(summary);
    for (const { href, text } of summary) expect(checked.errors.fields[href.slice(1)]).toBe(text);
  });

  it("places the API's issues on the form's fields, and anything else on the first", () => {
    expect(
      noteErrors("REVIEW", [
        { path: ["input", "nextReviewDate"], message: "Not a date." },
        { path: ["input", "partnershipId"], message: "No such partnership." },
      ]).fields,
    ).toEqual({ "review-body": "No such partnership.", "review-nextReviewDate": "Not a date." });
  });

  it.each([
    [null, { kind: "error", text: expect.stringMatching(/could not be sent/) }],
    [{ __typename: "PartnershipPayload", partnership: {} }, { kind: "done" }],
    [
      {
        __typename: "PartnershipRefusedError",
        code: "NOT_IN_THIS_STATE",
        message: "Closed.",
        path: [],
      },
      { kind: "error", text: "Closed." },
    ],
    [
      { __typename: "PartnershipRefusedError", code: "X", message: "Bad.", path: ["body"] },
      { kind: "issues", issues: [{ path: ["body"], message: "Bad." }] },
    ],
    [
      {
        __typename: "ValidationError",
        message: "No.",
        issues: [{ path: ["body"], message: "No." }],
      },
      { kind: "issues", issues: [{ path: ["body"], message: "No." }] },
    ],
    [
      { __typename: "NotFoundError", message: "Gone." },
      { kind: "error", text: "Gone." },
    ],
  ])("answers %j as %j", (outcome, answer) => {
    expect(noteAnswerOf(outcome as never)).toEqual(answer);
  });
});

describe("notes read from the history", () => {
  const event = (sequence: number, action: string, details: unknown = {}) => ({
    sequence,
    action,
    details,
  });

  it("picks the notes of a kind, oldest first", () => {
    const events = [
      event(3, "MESSAGE"),
      event(1, "REQUEST"),
      event(2, "MESSAGE"),
      event(4, "REVIEW"),
    ];
    expect(notesOf(events, ["MESSAGE"]).map((e) => e.sequence)).toEqual([2, 3]);
  });

  it.each([
    { case: "no review", events: [event(1, "REQUEST")], next: null },
    {
      case: "the latest review's date",
      events: [
        event(2, "REVIEW", { body: "a", nextReviewDate: "2027-01-01" }),
        event(3, "ACTIVITY", { body: "b" }),
        event(4, "REVIEW", { body: "c", nextReviewDate: "2027-04-01" }),
      ],
      next: "2027-04-01",
    },
    {
      case: "none when the latest review set none",
      events: [
        event(2, "REVIEW", { body: "a", nextReviewDate: "2027-01-01" }),
        event(3, "REVIEW", { body: "c" }),
      ],
      next: null,
    },
  ])("gives the next review date: $case", ({ events, next }) => {
    expect(nextReviewDate(events)).toBe(next);
  });
});
