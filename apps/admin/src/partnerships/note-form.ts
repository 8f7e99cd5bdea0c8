import {
  type PartnershipNote,
  type PartnershipNoteKind,
  partnershipNoteSchema,
} from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors } from "@atlas/ui";
import type { NoteOutcome } from "./operations.ts";

// The message, activity and review forms: what was typed, checked with the domain's
// partnershipNoteSchema before anything is sent (the API checks it again). Each form's fields
// carry the kind in their id ("review-body"), as the page shows the three forms together.

export type NoteField = "body" | "nextReviewDate";

export interface NoteForm {
  body: string;
  /** Only a review has one; blank when none is planned yet. */
  nextReviewDate: string;
}

export const emptyNoteForm: NoteForm = { body: "", nextReviewDate: "" };

/** The fields each kind's form has, in page order (the error summary follows it). */
export const noteFields = (kind: PartnershipNoteKind): readonly NoteField[] =>
  kind === "REVIEW" ? ["body", "nextReviewDate"] : ["body"];

/** A field's element id, what the error summary links to. */
export const noteFieldId = (kind: PartnershipNoteKind, field: NoteField): string =>
  `${kind.toLowerCase()}-${field}`;

/**
 * Issues (zod's `[body]` or the API's `[input, body]`) placed on the kind's fields by the last
 * part of their path that names one; any other goes on the first field.
 */
export function noteErrorsFromIssues(
  kind: PartnershipNoteKind,
  issues: readonly FieldIssueLike[],
): FormErrors<string> {
  const fields = noteFields(kind);
  const placed = issues.map((issue) => {
    const field = [...issue.path]
      .reverse()
      .find((part): part is NoteField => fields.includes(part as NoteField));
    return field === undefined
      ? issue
      : { path: [noteFieldId(kind, field)], message: issue.message };
  });
  return errorsFromIssues(
    fields.map((f) => noteFieldId(kind, f)),
    placed,
  );
}

export type NoteCheck =
  | { ok: true; note: PartnershipNote }
  | { ok: false; errors: FormErrors<string> };

/** The form checked with partnershipNoteSchema: the note to send, or the errors to show. */
export function checkNoteForm(kind: PartnershipNoteKind, form: NoteForm): NoteCheck {
  const date = form.nextReviewDate.trim();
  const parsed = partnershipNoteSchema.safeParse({
    kind,
    body: form.body,
    ...(kind === "REVIEW" && date !== "" ? { nextReviewDate: date } : {}),
  });
  if (!parsed.success)
    return { ok: false, errors: noteErrorsFromIssues(kind, parsed.error.issues) };
  return { ok: true, note: parsed.data };
}

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
