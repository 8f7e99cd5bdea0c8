import {
  type PartnershipNote,
  type PartnershipNoteKind,
  partnershipNoteSchema,
} from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors } from "./form-errors.ts";

// A partnership's message, activity and review forms, as both apps show them: what was typed,
// checked with the domain's partnershipNoteSchema before anything is sent (the API checks it
// again). Field ids carry the kind ("review-body"), as a page shows the three forms together.

export type NoteField = "body" | "nextReviewDate";

export interface NoteValues {
  body: string;
  /** Only a review has one; blank when none is planned yet. */
  nextReviewDate: string;
}

export const blankNote: NoteValues = { body: "", nextReviewDate: "" };

/** The fields each kind's form has, in page order (the error summary follows it). */
export const noteFields = (kind: PartnershipNoteKind): readonly NoteField[] =>
  kind === "REVIEW" ? ["body", "nextReviewDate"] : ["body"];

/** A field's element id, what the error summary links to. */
export const noteFieldId = (kind: PartnershipNoteKind, field: NoteField): string =>
  `${kind.toLowerCase()}-${field}`;

/**
 * Issues (zod's `[body]` or the API's `[input, body]`) placed on the kind's fields by the last
 * part of their path that names one; a refusal of the whole note goes on its first field.
 */
export function noteErrors(
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

export type CheckedNote =
  | { ok: true; note: PartnershipNote }
  | { ok: false; errors: FormErrors<string> };

/** The form checked with partnershipNoteSchema: the note to send, or the errors to show. */
export function checkNote(kind: PartnershipNoteKind, values: NoteValues): CheckedNote {
  const date = values.nextReviewDate.trim();
  const parsed = partnershipNoteSchema.safeParse({
    kind,
    body: values.body,
    ...(kind === "REVIEW" && date !== "" ? { nextReviewDate: date } : {}),
  });
  if (!parsed.success) return { ok: false, errors: noteErrors(kind, parsed.error.issues) };
  return { ok: true, note: parsed.data };
}
