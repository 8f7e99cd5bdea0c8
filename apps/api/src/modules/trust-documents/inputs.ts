import { changeSummarySchema, expectedVersionSchema, unpublishReasonSchema } from "@atlas/domain";
import { z } from "zod";
import type { Context } from "../../context.ts";
import { signedInViewer } from "../../shared/actor.ts";
import { parseInput } from "../../shared/errors.ts";
import { type GlobalIdTypename, rowIdOf } from "../../shared/global-id.ts";

/**
 * The scope an edit of a trust's documents needs: administrator of that trust. An id that is
 * not a trust's names no trust anyone administers, so it is refused the same way.
 */
export const editsTrust = (input: { trustId: string }) => ({
  trustAdmin: rowIdOf(input.trustId, "Trust") ?? "",
});

/** The signed-in person's id; the scopes have already required one. */
export function actorOf(ctx: Context): string {
  return signedInViewer(ctx).id;
}

export function parseExpectedVersion(value: unknown): number {
  return parseInput(expectedVersionSchema, value, ["input", "expectedVersion"]);
}

export function parsePublishInput(input: { expectedVersion: unknown; changeSummary: unknown }) {
  return parseInput(
    z.object({ expectedVersion: expectedVersionSchema, changeSummary: changeSummarySchema }),
    input,
  );
}

/** The row id and reason of an unpublish request; an id of the wrong kind is a field issue. */
export function parseUnpublishInput(
  input: { versionId: string; reason: unknown },
  typename: Extract<GlobalIdTypename, `${string}Version`>,
) {
  const schema = z.object({
    versionId: z.string().transform((id, ctx) => {
      const rowId = rowIdOf(id, typename);
      if (rowId === null) {
        ctx.addIssue({
          code: "custom",
          message: `This is not the id of a ${typename}: use the id field of one.`,
        });
        return z.NEVER;
      }
      return rowId;
    }),
    reason: unpublishReasonSchema,
  });
  return parseInput(schema, input);
}
