import { z } from "zod";
import { boundedText } from "../schemas/text.ts";
import {
  isOpenPartnershipState,
  type PartnershipState,
  partnershipStates,
} from "../vocabularies/partnerships.ts";
import { vocabulary } from "../vocabularies/vocabulary.ts";
import { isIsoDate } from "./calendar-dates.ts";

/**
 * What either side adds to a partnership's record without changing its state: messages
 * while it is open, and, once it runs, the activities done and the reviews held. Each is an
 * entry in the history, which is the partnership's documentation.
 */
export const partnershipNoteKinds = vocabulary([
  {
    key: "MESSAGE",
    label: "Message",
    description: "A message to the other side, kept with the partnership.",
  },
  {
    key: "ACTIVITY",
    label: "Activity",
    description:
      "Something the partnership did: a training day, a shared curriculum plan, a visit.",
  },
  {
    key: "REVIEW",
    label: "Review",
    description: "A review of how the partnership is going, with the date of the next one.",
  },
]);
export type PartnershipNoteKind = (typeof partnershipNoteKinds.keys)[number];

export const partnershipNoteSchema = z
  .object({
    kind: z.enum(partnershipNoteKinds.keys),
    body: boundedText("the note", 4000),
    /** With a review: when the next one is due. */
    nextReviewDate: z
      .string()
      .refine(isIsoDate, "Give the next review date as a date, like 2027-03-01.")
      .optional(),
  })
  .strict();
export type PartnershipNote = z.infer<typeof partnershipNoteSchema>;

/**
 * Whether a note of this kind may be added now: messages while the partnership is open
 * (a request still being answered included), activities and reviews only while it runs.
 * Null when it may; otherwise what to say.
 */
export function partnershipNoteRefusal(
  state: PartnershipState,
  kind: PartnershipNoteKind,
): string | null {
  const stateWords = partnershipStates.label(state).toLowerCase();
  if (kind === "MESSAGE") {
    return isOpenPartnershipState(state)
      ? null
      : `This partnership is ${stateWords}, so messages are closed: it has ended.`;
  }
  return state === "ACTIVE"
    ? null
    : `Activities and reviews are recorded while a partnership runs; this one is ${stateWords}.`;
}
