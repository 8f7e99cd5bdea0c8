import { z } from "zod";
import { boundedText, plainText } from "./text.ts";

export const COLLECTION_TITLE_MAX = 120;
export const COLLECTION_SLUG_MAX = 80;
export const COLLECTION_SUMMARY_MAX = 2000;
export const COLLECTION_NOTE_MAX = 500;
export const COLLECTION_ENTRIES_MAX = 50;

/** The same rule as the database's check on collections.slug: words of a-z and 0-9, hyphenated. */
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The part of the address after /collections/: short, lowercase, hyphenated, readable aloud. */
export const collectionSlugSchema = z
  .string({ error: "Enter the address of the collection (its slug)." })
  .trim()
  .min(1, "Enter the address of the collection (its slug); it cannot be blank.")
  .max(COLLECTION_SLUG_MAX, `Shorten the address to at most ${COLLECTION_SLUG_MAX} characters.`)
  .regex(
    SLUG_PATTERN,
    "Use lowercase letters, digits and single hyphens between words, e.g. special-schools-north-west.",
  );

/** The curator's note on why a trust is in a collection: it may be blank. */
export const collectionNoteSchema = z
  .string({ error: "Write the note as text." })
  .pipe(
    plainText()
      .trim()
      .max(COLLECTION_NOTE_MAX, `Shorten the note to at most ${COLLECTION_NOTE_MAX} characters.`),
  );

/** One trust in a collection, with its note. */
const collectionEntrySchema = z.object({
  trustId: z.uuid({ error: "This is not a trust's id." }),
  note: collectionNoteSchema.default(""),
});

/**
 * A curated collection as a curator saves it: its title, address, editorial text and trusts in
 * the order the public reads them. A trust appears once (its note says all there is to say), and
 * a collection stays short enough to read as a page.
 */
export const collectionInputSchema = z.object({
  title: boundedText("a title", COLLECTION_TITLE_MAX),
  slug: collectionSlugSchema,
  summary: boundedText("the editorial text", COLLECTION_SUMMARY_MAX),
  published: z.boolean({ error: "Say whether the collection is published." }),
  entries: z
    .array(collectionEntrySchema, { error: "List the collection's trusts." })
    .max(
      COLLECTION_ENTRIES_MAX,
      `A collection holds at most ${COLLECTION_ENTRIES_MAX} trusts: split it into two.`,
    )
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (seen.has(entry.trustId)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "trustId"],
            message: "This trust is in the collection already: a trust appears once.",
          });
        }
        seen.add(entry.trustId);
      });
    }),
});
export type CollectionInput = z.output<typeof collectionInputSchema>;
