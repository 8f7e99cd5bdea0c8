import { noteErrors } from "@atlas/ui";
import { data, redirect } from "react-router";
import { type ApiClient, throwApiError } from "../graphql/client.server.ts";
import { partnershipHref } from "./hrefs.ts";
import { checkNotePost, type NotePost, noteInput, noteSlug } from "./note-form.ts";
import { RecordPartnershipNoteMutation } from "./operations.ts";

/**
 * A message, activity or review posted from the partnership's page: checked, sent, and on
 * success a 303 back to the page (reloading it does not send the note again); otherwise what
 * the page shows by the form, with what was typed.
 */
export async function recordNoteFromPost(
  api: ApiClient,
  { urn, partnershipId, post }: { urn: number; partnershipId: string; post: NotePost },
) {
  const failed = (issues: Parameters<typeof noteErrors>[1]) =>
    data({ kind: "note-failed" as const, post, errors: noteErrors(post.kind, issues) }, 400);
  const checked = checkNotePost(post);
  if (!checked.ok) return data({ kind: "note-failed" as const, post, errors: checked.errors }, 400);

  const result = await api.mutate(RecordPartnershipNoteMutation, {
    input: noteInput(partnershipId, checked.note),
  });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.recordPartnershipNote;
  if (!outcome) throw new Error("The note was not recorded: the API answered with no data.");
  switch (outcome.__typename) {
    case "PartnershipPayload":
      throw redirect(`${partnershipHref(urn, partnershipId)}?done=${noteSlug(post.kind)}`, {
        status: 303,
      });
    case "ValidationError":
      return failed(outcome.issues);
    case "PartnershipRefusedError":
      return failed([{ path: outcome.path, message: outcome.message }]);
    case "NotFoundError":
      throw data("Not found", { status: 404 });
    default:
      return outcome satisfies never;
  }
}
