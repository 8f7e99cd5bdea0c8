import { z } from "zod";
import { plainText } from "./text.ts";

export const SHORTLIST_NOTE_MAX = 2000;

/**
 * A school's note on a trust it shortlisted: why it is there, what to ask. Unlike other free
 * text it may be blank, since a trust can be shortlisted before anyone has anything to say.
 */
export const shortlistNoteSchema = z
  .string({ error: "Write the note as text." })
  .pipe(
    plainText().trim().max(SHORTLIST_NOTE_MAX, `Shorten the note to at most 2,000 characters.`),
  );
