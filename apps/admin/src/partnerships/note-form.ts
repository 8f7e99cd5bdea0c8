import type { FieldIssueLike } from "@atlas/ui";
import type { NoteOutcome } from "./operations.ts";

// What the admin's note forms show once the API has answered; the forms themselves (fields,
// checks, where errors go) are @atlas/ui's partnership-note-form, shared with the public app.

/** What the form shows after sending. */
export type NoteAnswer =
  | { kind: "done" }
  | { kind: "issues"; issues: readonly FieldIssueLike[] }
  | { kind: "error"; text: string };

const noConnection =
  "The note could not be sent. Check your connection and try again; nothing was recorded.";

/** The mutation's outcome as what the form shows; a refusal with a path lands on that field. */
export function noteAnswerOf(outcome: NoteOutcome | null | undefined): NoteAnswer {
  if (!outcome) return { kind: "error", text: noConnection };
  switch (outcome.__typename) {
    case "PartnershipPayload":
      return { kind: "done" };
    case "ValidationError":
      return { kind: "issues", issues: outcome.issues };
    case "PartnershipRefusedError":
      return outcome.path.length > 0
        ? { kind: "issues", issues: [{ path: outcome.path, message: outcome.message }] }
        : { kind: "error", text: outcome.message };
    case "NotFoundError":
      return { kind: "error", text: outcome.message };
  }
}
