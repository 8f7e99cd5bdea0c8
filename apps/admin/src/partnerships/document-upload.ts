import { DOCUMENT_SIGNATURE_BYTES, documentUploadProblem, MAX_DOCUMENT_BYTES } from "@atlas/domain";
import type { Client } from "urql";
import {
  type AttachOutcome,
  AttachPartnershipDocumentMutation,
  PartnershipQuery,
} from "./operations.ts";

// Attaching a document from the partnership page: the file is judged in the browser by the
// domain's rule the API applies (name, size and first bytes), so a wrong one is refused by the
// field before anything is sent; then it goes to the API as a multipart request.

/** What the upload form shows afterwards: refusals by the field, errors above the form. */
export type UploadAnswer =
  | { kind: "done"; fileName: string }
  | { kind: "refused"; text: string }
  | { kind: "error"; text: string };

export const documentFileHint = `A PDF or Word (.docx) document of at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB. The school can download it too.`;

const chooseFile = "Choose a PDF or Word (.docx) document to attach.";
const noConnection =
  "The document could not be sent. Check your connection and try again; nothing was attached.";

/** Null when the file may be sent; otherwise what to fix, in the domain's words. */
export async function documentFileProblem(file: File | null): Promise<string | null> {
  if (!file) return chooseFile;
  const head = await file.slice(0, DOCUMENT_SIGNATURE_BYTES).arrayBuffer();
  return documentUploadProblem({
    fileName: file.name,
    size: file.size,
    leadingBytes: new Uint8Array(head),
  });
}

/** The mutation's outcome as what the form shows. */
export function uploadAnswerOf(
  outcome: AttachOutcome | null | undefined,
  fileName: string,
): UploadAnswer {
  if (!outcome) return { kind: "error", text: noConnection };
  switch (outcome.__typename) {
    case "PartnershipPayload":
      return { kind: "done", fileName };
    case "PartnershipDocumentRejectedError":
      return { kind: "refused", text: outcome.message };
    // The form has one field: whatever the API found wrong with the input is said there.
    case "ValidationError":
      return { kind: "refused", text: outcome.issues[0]?.message ?? outcome.message };
    case "PartnershipRefusedError":
    case "NotFoundError":
      return { kind: "error", text: outcome.message };
  }
}

/**
 * Checks the file, sends it, and once it is attached asks the API again for the partnership:
 * the payload cannot carry the page's fields (see AttachPartnershipDocumentMutation), and the
 * answer, written to the cache, redraws the list and the history with the new document.
 */
export async function attachDocument(
  client: Client,
  partnershipId: string,
  file: File | null,
): Promise<UploadAnswer> {
  const problem = await documentFileProblem(file);
  if (!file || problem !== null) return { kind: "refused", text: problem ?? chooseFile };
  const result = await client
    .mutation(AttachPartnershipDocumentMutation, { input: { partnershipId, file } })
    .toPromise();
  const answer = uploadAnswerOf(result.data?.attachPartnershipDocument, file.name);
  if (answer.kind === "done") {
    await client
      .query(PartnershipQuery, { id: partnershipId }, { requestPolicy: "network-only" })
      .toPromise();
  }
  return answer;
}
