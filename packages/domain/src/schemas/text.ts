import { z } from "zod";
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "../rules/control-characters.ts";

/** A string free of control characters; every text input of ours starts from this. */
export const plainText = () =>
  z.string().refine((s) => !hasControlCharacters(s), CONTROL_CHARACTERS_MESSAGE);
