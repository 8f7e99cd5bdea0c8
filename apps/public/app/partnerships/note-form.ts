import {
  type PartnershipNote,
  type PartnershipNoteKind,
  partnershipNoteKinds,
} from "@atlas/domain";
import { type CheckedNote, checkNote, type NoteValues } from "@atlas/ui";

// The message, activity and review forms on a partnership's page: each posts `action=NOTE`, its
// kind and what was typed, checked here with the domain's partnershipNoteSchema before the API
// checks it again. Field ids carry the kind ("review-body"): the page shows the forms together.

/** The `action` a note form posts, apart from the steps' (a note is not a step). */
export const NOTE_ACTION = "NOTE";

export interface NotePost {
  kind: PartnershipNoteKind;
  values: NoteValues;
}

/** The kind as it reads in an address and an id: "message". */
export const noteSlug = (kind: PartnershipNoteKind) => kind.toLowerCase();

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

/** The post checked with partnershipNoteSchema: the note to send, or the errors to show. */
export function checkNotePost({ kind, values }: NotePost): CheckedNote {
  return checkNote(kind, values);
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
