import {
  type PartnershipNote,
  type PartnershipNoteKind,
  partnershipNoteKinds,
  partnershipNoteSchema,
} from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors } from "@atlas/ui";

// The message, activity and review forms on a partnership's page: each posts `action=NOTE`, its
// kind and what was typed, checked here with the domain's partnershipNoteSchema before the API
// checks it again. Field ids carry the kind ("review-body"): the page shows the forms together.

/** The `action` a note form posts, apart from the steps' (a note is not a step). */
export const NOTE_ACTION = "NOTE";

export type NoteField = "body" | "nextReviewDate";

export interface NoteValues {
  body: string;
  /** Only a review has one; blank when none is planned yet. */
  nextReviewDate: string;
}

export interface NotePost {
  kind: PartnershipNoteKind;
  values: NoteValues;
}

export const blankNote: NoteValues = { body: "", nextReviewDate: "" };

/** The kind as it reads in an address and an id: "message". */
export const noteSlug = (kind: PartnershipNoteKind) => kind.toLowerCase();

/** The fields each kind's form has, in page order (the error summary follows it). */
export const noteFields = (kind: PartnershipNoteKind): readonly NoteField[] =>
  kind === "REVIEW" ? ["body", "nextReviewDate"] : ["body"];

/** A field's element id, what the error summary links to. */
export const noteFieldId = (kind: PartnershipNoteKind, field: NoteField) =>
  `${noteSlug(kind)}-${field}`;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The post, or null for one no form of the page sends. */
export function readNotePost(form: FormData): NotePost | null {
  const kind = text(form, "kind");
  if (text(form, "action") !== NOTE_ACTION || !partnershipNoteKinds.has(kind)) return null;
  return {
    kind,
    values: { body: text(form, "body"), nextReviewDate: text(form, "nextReviewDate").trim() },
  };
}

/**
 * Issues (zod's `[body]`, the API's `[input, body]`) placed on the kind's fields by the last
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

/** The post checked with partnershipNoteSchema: the note to send, or the errors to show. */
export function checkNotePost({ kind, values }: NotePost): CheckedNote {
  const parsed = partnershipNoteSchema.safeParse({
    kind,
    body: values.body,
    ...(kind === "REVIEW" && values.nextReviewDate !== ""
      ? { nextReviewDate: values.nextReviewDate }
      : {}),
  });
  if (!parsed.success) return { ok: false, errors: noteErrors(kind, parsed.error.issues) };
  return { ok: true, note: parsed.data };
}

/** The API's input for the note. */
export function noteInput(partnershipId: string, note: PartnershipNote) {
  return {
    partnershipId,
    kind: note.kind,
    body: note.body,
    nextReviewDate: note.nextReviewDate ?? null,
  };
}
