import { z } from "zod";
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "../rules/control-characters.ts";

/** A string free of control characters; every text input of ours starts from this. */
export const plainText = () =>
  z.string().refine((s) => !hasControlCharacters(s), CONTROL_CHARACTERS_MESSAGE);

/** Bounded free text: trimmed, not empty, at most `max` characters, named in each message. */
export const boundedText = (what: string, max: number) =>
  // The bare string check comes first only so that a missing or non-text field says what to
  // enter; plainText() then does the real checking.
  z
    .string({ error: `Enter ${what}.` })
    .pipe(
      plainText()
        .trim()
        .min(1, `Enter ${what}; it cannot be blank.`)
        .max(max, `Shorten ${what} to at most ${max} characters.`),
    );
