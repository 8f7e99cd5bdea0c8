import { MAX_DOCUMENT_BYTES } from "@atlas/domain";
import {
  isMultipartRequest,
  MaxFileSizeExceededError,
  MaxTotalSizeExceededError,
  MultipartParseError,
  parseMultipartRequest,
} from "@remix-run/multipart-parser";
import { data } from "react-router";
import {
  DOCUMENTS_FIELD,
  documentTooLargeProblem,
  MAX_DOCUMENTS_PER_POST,
  tooManyDocumentsProblem,
} from "./documents.ts";

/** Room for a form's text fields beside its documents (the longest is a few thousand characters). */
const TEXT_BYTES = 1024 * 1024;

/**
 * The limits a post meets as it streams in: no file over the document limit is read past it,
 * and no post past the most documents it may carry, so a post never holds more than that.
 */
const LIMITS = {
  maxFileSize: MAX_DOCUMENT_BYTES,
  maxTotalSize: MAX_DOCUMENTS_PER_POST * MAX_DOCUMENT_BYTES + TEXT_BYTES,
  maxParts: 200,
};

export interface PostedForm {
  /** The fields, as `request.formData()` would give them, documents (Files) included. */
  form: FormData;
  /**
   * Why the documents were not all read: too large or too many. The form stops there, so
   * the fields before the documents (all of them: the file field comes last) are kept.
   */
  documentsProblem: string | null;
}

/**
 * A form post, read as it streams in. A multipart post (the forms with documents) goes through
 * the multipart parser with the limits above; any other is small and read whole.
 */
export async function readPostedForm(request: Request): Promise<PostedForm> {
  if (!isMultipartRequest(request)) {
    return { form: await request.formData(), documentsProblem: null };
  }
  const form = new FormData();
  let documents = 0;
  try {
    for await (const part of parseMultipartRequest(request, LIMITS)) {
      const { name } = part;
      if (!name) continue;
      if (!part.isFile) {
        form.append(name, part.text);
        continue;
      }
      // A file field left empty still sends a part, with no file name and no bytes.
      if (name !== DOCUMENTS_FIELD || (!part.filename && part.size === 0)) continue;
      documents += 1;
      if (documents > MAX_DOCUMENTS_PER_POST) continue;
      form.append(
        name,
        new File(part.content as BlobPart[], part.filename ?? "", { type: part.mediaType ?? "" }),
      );
    }
  } catch (error) {
    const tooLarge = error instanceof MaxFileSizeExceededError;
    if (tooLarge || error instanceof MaxTotalSizeExceededError) {
      await discardRest(request.body);
      return {
        form,
        documentsProblem: tooLarge ? documentTooLargeProblem : tooManyDocumentsProblem,
      };
    }
    if (error instanceof MultipartParseError) {
      throw data("That form could not be read. Send it again.", { status: 400 });
    }
    throw error;
  }
  return {
    form,
    documentsProblem: documents > MAX_DOCUMENTS_PER_POST ? tooManyDocumentsProblem : null,
  };
}

/**
 * Reads what is left of a refused post without keeping it, so the browser, still sending,
 * gets the page with the problem rather than a broken connection. Up to a bound: past it
 * the connection is dropped instead.
 */
async function discardRest(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (!body || body.locked) return;
  const reader = body.getReader();
  let seen = 0;
  try {
    while (seen <= LIMITS.maxTotalSize) {
      const { done, value } = await reader.read();
      if (done) return;
      seen += value.byteLength;
    }
    await reader.cancel();
  } finally {
    reader.releaseLock();
  }
}
