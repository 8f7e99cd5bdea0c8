import {
  DOCUMENT_SIGNATURE_BYTES,
  documentMediaTypes,
  documentUploadProblem,
  MAX_DOCUMENT_BYTES,
} from "@atlas/domain";

// The documents a school attaches, on its request and on the partnership's page: the file
// field, what it says, and the domain's own check (the API's), run here before any file is sent.

/** The file field's name and id, the same on both forms (each page has one). */
export const DOCUMENTS_FIELD = "documents";

/** The `action` the partnership page's document form posts, apart from the steps' and notes'. */
export const ATTACH_ACTION = "ATTACH_DOCUMENTS";

/**
 * How many one post may carry: each is held in memory until the API has it, so a post is at
 * most this many times the document limit. More go on the partnership's page afterwards.
 */
export const MAX_DOCUMENTS_PER_POST = 5;

const MEGABYTE = 1024 * 1024;
export const maxMegabytes = MAX_DOCUMENT_BYTES / MEGABYTE;

export const documentsHint = `PDF or Word (.docx) files, each at most ${maxMegabytes} MB, up to ${MAX_DOCUMENTS_PER_POST} at a time.`;

/** Said when the parser stopped at a file over the limit, before its name was any use. */
export const documentTooLargeProblem = `One of the documents is larger than ${maxMegabytes} MB: documents may be at most ${maxMegabytes} MB.`;

export const tooManyDocumentsProblem = `Attach at most ${MAX_DOCUMENTS_PER_POST} documents at a time.`;

/** The documents a form posted, in the order chosen. */
export function postedDocuments(form: FormData): File[] {
  return form.getAll(DOCUMENTS_FIELD).filter((value): value is File => value instanceof File);
}

/**
 * Every chosen document checked as the API will check it (`documentUploadProblem`: its name,
 * its size, its first bytes), all problems in one message; null when all may be attached.
 */
export async function documentsProblemOf(files: readonly File[]): Promise<string | null> {
  if (files.length > MAX_DOCUMENTS_PER_POST) return tooManyDocumentsProblem;
  const problems = await Promise.all(
    files.map(async (file) =>
      documentUploadProblem({
        fileName: file.name,
        size: file.size,
        leadingBytes: new Uint8Array(await file.slice(0, DOCUMENT_SIGNATURE_BYTES).arrayBuffer()),
      }),
    ),
  );
  const found = problems.filter((p): p is string => p !== null);
  return found.length > 0 ? found.join(" ") : null;
}

/** "PDF", "Word document": what a stored document is, by the type the API gave it. */
export function documentTypeLabel(mediaType: string): string {
  if (mediaType === documentMediaTypes.pdf) return "PDF";
  if (mediaType === documentMediaTypes.docx) return "Word document";
  return mediaType;
}

/** 812 → "812 bytes", 48_200 → "47 KB", 2_500_000 → "2.4 MB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? "1 byte" : `${bytes} bytes`;
  if (bytes < MEGABYTE) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / MEGABYTE) * 10) / 10} MB`;
}

/** The file name a history entry of an attached document recorded, if it is one. */
export function attachedFileName(event: { details?: unknown }): string | null {
  const details = event.details;
  if (typeof details !== "object" || details === null || !("fileName" in details)) return null;
  return typeof details.fileName === "string" ? details.fileName : null;
}
