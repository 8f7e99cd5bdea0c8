import { z } from "zod";
import { moderationDecisions } from "../vocabularies/curation.ts";
import { plainText } from "./text.ts";

/**
 * A curator's decision on a newly published version. Asking for changes needs a comment (the
 * trust reads it to know what to change) and unpublishing a reason (it stays on the record);
 * approving may carry a note.
 */
export const moderationDecisionSchema = z
  .object({
    decision: z.enum(moderationDecisions.keys),
    comment: plainText()
      .trim()
      .max(2000, "Shorten the comment to at most 2000 characters.")
      .optional(),
  })
  .refine((d) => d.decision === "APPROVE" || (d.comment ?? "") !== "", {
    message: "Say what the trust should change, or why it comes down: the trust reads it.",
    path: ["comment"],
  });
export type ModerationDecisionInput = z.output<typeof moderationDecisionSchema>;
