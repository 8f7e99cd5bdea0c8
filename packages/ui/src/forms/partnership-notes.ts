import type { PartnershipNoteKind } from "@atlas/domain";

// Notes (messages, activities, reviews) are entries of the partnership's history like any step:
// the event's action is the note's kind and its details hold what was written. These read them
// back out of the history, so the page keeps no second copy.

/** The part of a history entry a note needs. */
export interface NoteEvent {
  sequence: number;
  action: string;
  details?: unknown;
}

const detailsOf = (event: NoteEvent): { body?: unknown; nextReviewDate?: unknown } =>
  typeof event.details === "object" && event.details !== null ? event.details : {};

/** The entries that are notes of these kinds, oldest first. */
export function notesOf<Event extends NoteEvent>(
  events: readonly Event[],
  kinds: readonly PartnershipNoteKind[],
): Event[] {
  return events
    .filter((e) => (kinds as readonly string[]).includes(e.action))
    .sort((a, b) => a.sequence - b.sequence);
}

/** What the note says; null for an entry that is not a note. */
export function noteBody(event: NoteEvent): string | null {
  const { body } = detailsOf(event);
  return typeof body === "string" ? body : null;
}

/** The next review date a review set, if it set one. */
export function noteNextReviewDate(event: NoteEvent): string | null {
  const { nextReviewDate } = detailsOf(event);
  return typeof nextReviewDate === "string" ? nextReviewDate : null;
}

/**
 * When the next review is due: what the latest review said. A later review that sets no date
 * means none is planned, so an earlier review's date is not brought back.
 */
export function nextReviewDate(events: readonly NoteEvent[]): string | null {
  const latest = notesOf(events, ["REVIEW"]).at(-1);
  return latest ? noteNextReviewDate(latest) : null;
}
