import { data, redirect } from "react-router";
import type { ApiClient } from "../graphql/client.server.ts";
import { attachDocuments } from "./attach-documents.server.ts";
import {
  ATTACH_ACTION,
  DOCUMENTS_FIELD,
  documentsProblemOf,
  postedDocuments,
} from "./documents.ts";
import type { PostedForm } from "./documents-post.server.ts";
import { partnershipHref } from "./hrefs.ts";
import { notAttachedSentence } from "./not-attached.ts";

/** Whether the post is the page's document form. */
export function isAttachPost(form: FormData): boolean {
  return form.get("action") === ATTACH_ACTION;
}

/**
 * Documents attached from the partnership's page: checked as the API will check them, then
 * sent one by one; when all are attached, a 303 back to the page (reloading it sends nothing
 * again). Otherwise the page again with what was wrong by the field; any attached before a
 * refusal stay attached, and the list shows them.
 */
export async function attachDocumentsFromPost(
  api: ApiClient,
  { urn, partnershipId, post }: { urn: number; partnershipId: string; post: PostedForm },
) {
  const documents = postedDocuments(post.form);
  const failed = (message: string, chosenDocuments: string[]) =>
    data(
      {
        kind: "documents-failed" as const,
        errors: {
          fields: { [DOCUMENTS_FIELD]: message },
          summary: [{ href: `#${DOCUMENTS_FIELD}`, text: message }],
        },
        chosenDocuments,
      },
      400,
    );
  const problem =
    post.documentsProblem ??
    (documents.length === 0
      ? "Choose a document to attach: a PDF or Word (.docx) file."
      : await documentsProblemOf(documents));
  // Nothing was sent: all of them are to be chosen again.
  if (problem)
    return failed(
      problem,
      documents.map((d) => d.name),
    );

  const notAttached = await attachDocuments(api, partnershipId, documents);
  // The API's refusals say what to do; the rest are attached, and listed.
  if (notAttached.length > 0) return failed(notAttached.map(notAttachedSentence).join(" "), []);
  const done = documents.length === 1 ? "document" : "documents";
  throw redirect(`${partnershipHref(urn, partnershipId)}?done=${done}`, { status: 303 });
}
