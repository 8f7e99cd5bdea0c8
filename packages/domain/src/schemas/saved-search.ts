import { z } from "zod";
import { trustFilterSchema } from "./search.ts";
import { boundedText } from "./text.ts";

/** How many searches one member keeps for one school: a list to read, not an archive. */
export const MAX_SAVED_SEARCHES = 50;

/** A trust search a school member keeps under a name: its whole filter, checked as a search is. */
export const savedSearchInputSchema = z.object({
  name: boundedText("the search's name", 200),
  // What awaits moderation is curators' business, and a saved search is a school's.
  filter: trustFilterSchema.refine((f) => f.awaitingModeration == null, {
    message: "A saved search cannot ask which trusts await moderation.",
    path: ["awaitingModeration"],
  }),
});
export type SavedSearchInput = z.infer<typeof savedSearchInputSchema>;
