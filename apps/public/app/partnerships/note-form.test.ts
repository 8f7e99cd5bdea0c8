import { nextReviewDate, noteBody, noteErrors, notesOf } from "@atlas/ui";
import { describe, expect, it } from "vitest";
import { checkNotePost, noteInput, readNotePost } from "./note-form.ts";

function posted(pairs: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  return readNotePost(form);
}

describe("the school's note forms", () => {
  it.each([
    { case: "a step", pairs: [["action", "WITHDRAW"]], post: null },
    {
      case: "a note of no kind",
      pairs: [
        ["action", "NOTE"],
        ["kind", "GOSSIP"],
      ],
      post: null,
    },
    {
      case: "a message",
      pairs: [
        ["action", "NOTE"],
        ["kind", "MESSAGE"],
        ["body", " Hello. "],
      ],
      post: { kind: "MESSAGE", values: { body: " Hello. ", nextReviewDate: "" } },
    },
    {
      case: "a review",
      pairs: [
        ["action", "NOTE"],
        ["kind", "REVIEW"],
        ["body", "Going well."],
        ["nextReviewDate", " 2027-03-01 "],
      ],
      post: { kind: "REVIEW", values: { body: "Going well.", nextReviewDate: "2027-03-01" } },
    },
  ] as { case: string; pairs: [string, string][]; post: unknown }[])(
    "reads $case",
    ({ pairs, post }) => {
      expect(posted(pairs)).toEqual(post);
    },
  );

  it.each([
    {
      case: "a message, trimmed",
      post: { kind: "MESSAGE", values: { body: "  Hello.  ", nextReviewDate: "" } },
      input: { kind: "MESSAGE", body: "Hello.", nextReviewDate: null },
    },
    {
      case: "an activity",
      post: { kind: "ACTIVITY", values: { body: "A visit.", nextReviewDate: "" } },
      input: { kind: "ACTIVITY", body: "A visit.", nextReviewDate: null },
    },
    {
      case: "a review with its next date",
      post: { kind: "REVIEW", values: { body: "Fine.", nextReviewDate: "2027-03-01" } },
      input: { kind: "REVIEW", body: "Fine.", nextReviewDate: "2027-03-01" },
    },
    {
      case: "a message, without a date it has no field for",
      post: { kind: "MESSAGE", values: { body: "Hi.", nextReviewDate: "2027-03-01" } },
      input: { kind: "MESSAGE", body: "Hi.", nextReviewDate: null },
    },
  ] as const)("sends $case", ({ post, input }) => {
    const checked = checkNotePost(post);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(noteInput("p1", checked.note)).toEqual({ partnershipId: "p1", ...input });
  });

  it.each([
    {
      case: "a blank message",
      post: { kind: "MESSAGE", values: { body: " ", nextReviewDate: "" } },
      summary: [{ href: "#message-body", text: "Enter the note; it cannot be blank." }],
    },
    {
      case: "a review with no words and a date that is none",
      post: { kind: "REVIEW", values: { body: "", nextReviewDate: "next week" } },
      summary: [
        { href: "#review-body", text: "Enter the note; it cannot be blank." },
        {
          href: "#review-nextReviewDate",
          text: "Give the next review date as a date, like 2027-03-01.",
        },
      ],
    },
  ] as const)("refuses $case, each error by its field", ({ post, summary }) => {
    const checked = checkNotePost(post);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.summary).toEqual(summary);
    for (const { href, text } of summary) expect(checked.errors.fields[href.slice(1)]).toBe(text);
  });

  it("puts a refusal of the whole note on its first field", () => {
    expect(noteErrors("ACTIVITY", [{ path: [], message: "Not while it is agreed." }])).toEqual({
      fields: { "activity-body": "Not while it is agreed." },
      summary: [{ href: "#activity-body", text: "Not while it is agreed." }],
    });
  });
});

describe("notes read from the history", () => {
  const event = (sequence: number, action: string, details: unknown = {}) => ({
    sequence,
    action,
    details,
  });

  it("picks the notes of a kind, oldest first, with their words", () => {
    const events = [
      event(3, "MESSAGE", { body: "second" }),
      event(1, "REQUEST"),
      event(2, "MESSAGE", { body: "first" }),
    ];
    expect(notesOf(events, ["MESSAGE"]).map(noteBody)).toEqual(["first", "second"]);
    expect(noteBody(event(1, "REQUEST"))).toBeNull();
  });

  it.each([
    { case: "no review", events: [event(1, "REQUEST")], next: null },
    {
      case: "the latest review's date",
      events: [
        event(2, "REVIEW", { body: "a", nextReviewDate: "2027-01-01" }),
        event(4, "REVIEW", { body: "c", nextReviewDate: "2027-04-01" }),
        event(3, "ACTIVITY", { body: "b" }),
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
