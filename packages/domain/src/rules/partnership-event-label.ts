import { partnershipActions } from "../vocabularies/partnerships.ts";
import { partnershipNoteKinds } from "./partnership-notes.ts";

/** The history entry a school's request starts with. */
export const PARTNERSHIP_REQUEST_EVENT = "REQUEST";
/** The history entry written when either side attaches a document. */
export const PARTNERSHIP_DOCUMENT_EVENT = "DOCUMENT";

/**
 * What a history entry's action reads as, the same in both apps: a step is named by its
 * action, a note by its kind. An action this code does not know (written by a later
 * version) is shown as it is rather than hidden, since the history must be whole.
 */
export function partnershipEventLabel(action: string): string {
  if (action === PARTNERSHIP_REQUEST_EVENT) return "Requested a partnership";
  if (action === PARTNERSHIP_DOCUMENT_EVENT) return "Added a document";
  if (partnershipNoteKinds.has(action)) return partnershipNoteKinds.label(action);
  if (partnershipActions.has(action)) return partnershipActions.label(action);
  return action;
}
