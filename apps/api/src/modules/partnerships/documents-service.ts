import { createHash } from "node:crypto";
import { type Db, tables } from "@atlas/db";
import {
  DOCUMENT_SIGNATURE_BYTES,
  documentMediaType,
  documentUploadProblem,
  isOpenPartnershipState,
  MAX_DOCUMENT_BYTES,
  MAX_PARTNERSHIP_DOCUMENTS,
  PARTNERSHIP_DOCUMENT_EVENT,
} from "@atlas/domain";
import { and, count, eq } from "drizzle-orm";
import type { AppLinks } from "../../shared/app-links.ts";
import { forbidden, NotFoundError, UserError } from "../../shared/errors.ts";
import type { FileStore } from "../file-storage/file-store.ts";
import { PartnershipRefusedError } from "./errors.ts";
import { namesOf, nextSequence, notifyOtherSide } from "./records.ts";
import { type PartnershipActor, sideOf } from "./service.ts";
import type { PartnershipUpdate } from "./updates.ts";

const { partnerships, partnershipDocuments, partnershipEvents, storedFiles } = tables;

/** The document is not one we keep: wrong type, too large, empty, or one too many. */
export class PartnershipDocumentRejectedError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "PartnershipDocumentRejectedError";
  }
}

const ended = () =>
  new PartnershipRefusedError({
    code: "NOT_IN_THIS_STATE",
    message: "This partnership has ended, so no more documents can be added.",
  });

/** What arrives in a multipart upload (the fetch API's File). */
export interface UploadedFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * Reads an upload, hashing as it goes. Its declared size is checked first, and the bytes
 * counted as they come, so an oversized file is never copied.
 */
async function readUpload(file: UploadedFile) {
  if (file.size > MAX_DOCUMENT_BYTES) return { size: file.size, bytes: null, sha256: null };
  const hash = createHash("sha256");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_DOCUMENT_BYTES) return { size, bytes: null, sha256: null };
    hash.update(chunk);
    chunks.push(chunk);
  }
  return { size, bytes: Buffer.concat(chunks), sha256: hash.digest("hex") };
}

/**
 * One side attaches a document to a partnership while it is open or running. The bytes go
 * to the store before the rows are committed: a file without a row is harmless, a row
 * without its file is not. The same bytes twice are one document.
 */
export async function attachPartnershipDocument(
  db: Db,
  fileStore: FileStore,
  input: { partnershipId: string; file: UploadedFile; actor: PartnershipActor; links: AppLinks },
): Promise<PartnershipUpdate> {
  const [row] = await db
    .select()
    .from(partnerships)
    .where(eq(partnerships.id, input.partnershipId));
  if (!row) throw new NotFoundError(["input", "partnershipId"], "There is no such partnership.");
  const side = sideOf(input.actor, row);
  if (side === null) {
    throw forbidden("Only the school's members and the trust's administrators add documents.");
  }
  if (!isOpenPartnershipState(row.state)) throw ended();
  const fileName = input.file.name.trim();
  const upload = await readUpload(input.file);
  const leadingBytes = upload.bytes?.subarray(0, DOCUMENT_SIGNATURE_BYTES) ?? new Uint8Array();
  const problem = documentUploadProblem({ fileName, size: upload.size, leadingBytes });
  const mediaType = documentMediaType(fileName, leadingBytes);
  if (problem || !upload.bytes || !upload.sha256 || !mediaType) {
    throw new PartnershipDocumentRejectedError(problem ?? "The document could not be read.");
  }
  const { bytes, sha256 } = upload;
  await fileStore.put(bytes, sha256);
  await db.transaction(async (tx) => {
    // Locked so two uploads at once cannot both pass the count, nor one slip in as it ends.
    const [locked] = await tx
      .select({ state: partnerships.state, endDate: partnerships.endDate })
      .from(partnerships)
      .where(eq(partnerships.id, row.id))
      .for("update");
    if (!locked || !isOpenPartnershipState(locked.state)) throw ended();
    const [existing] = await tx
      .select({ id: partnershipDocuments.id })
      .from(partnershipDocuments)
      .where(
        and(
          eq(partnershipDocuments.partnershipId, row.id),
          eq(partnershipDocuments.sha256, sha256),
        ),
      );
    if (existing) return;
    const [held] = await tx
      .select({ n: count() })
      .from(partnershipDocuments)
      .where(eq(partnershipDocuments.partnershipId, row.id));
    if ((held?.n ?? 0) >= MAX_PARTNERSHIP_DOCUMENTS) {
      throw new PartnershipDocumentRejectedError(
        `A partnership holds at most ${MAX_PARTNERSHIP_DOCUMENTS} documents.`,
      );
    }
    await tx
      .insert(storedFiles)
      .values({ sha256, byteSize: bytes.byteLength, mediaType })
      .onConflictDoNothing();
    const [document] = await tx
      .insert(partnershipDocuments)
      .values({ partnershipId: row.id, sha256, fileName, uploadedBy: input.actor.id, party: side })
      .returning({ id: partnershipDocuments.id });
    // The history is the partnership's documentation: what was attached, by whom, belongs in it.
    await tx.insert(partnershipEvents).values({
      partnershipId: row.id,
      sequence: await nextSequence(tx, row.id),
      action: PARTNERSHIP_DOCUMENT_EVENT,
      actorUserId: input.actor.id,
      actorName: input.actor.name,
      actorParty: side,
      fromState: locked.state,
      toState: locked.state,
      reason: null,
      details: { documentId: document?.id, fileName },
    });
    const names = await namesOf(tx, row.schoolId, row.trustId);
    await notifyOtherSide(
      tx,
      row,
      {
        action: PARTNERSHIP_DOCUMENT_EVENT,
        toState: locked.state,
        schoolName: names.schoolName,
        trustName: names.trustName,
        actorName: input.actor.name,
        actorParty: side,
        reason: fileName,
        endDate: locked.endDate,
        outcome: null,
      },
      { links: input.links, schoolUrn: names.schoolUrn },
    );
  });
  return { partnershipId: row.id, schoolId: row.schoolId, trustId: row.trustId };
}

/** The web address a document downloads from, on the API. */
export function documentDownloadPath(documentId: string): string {
  return `/files/partnership-documents/${documentId}`;
}
