import { Readable } from "node:stream";
import { type Db, tables } from "@atlas/db";
import { eq } from "drizzle-orm";
import type { Plugin } from "graphql-yoga";
import type { Viewer } from "../../context.ts";
import type { FileStore } from "../file-storage/file-store.ts";

const { partnershipDocuments, partnerships, storedFiles } = tables;

const DOWNLOAD_PATH = /^\/files\/partnership-documents\/([0-9a-f-]{36})$/;

/** Whoever may read the partnership (`Query.partnership`): its two sides and curators. */
function mayRead(viewer: Viewer, p: { schoolId: string; trustId: string }): boolean {
  return viewer.grants.some(
    (g) =>
      g.role === "CURATOR" ||
      (g.role === "TRUST_ADMIN" && g.trustId === p.trustId) ||
      (g.role === "SCHOOL_MEMBER" && g.schoolId === p.schoolId),
  );
}

/** `Content-Disposition` for any name: RFC 5987's UTF-8 form, with a plain fallback. */
function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * `GET /files/partnership-documents/:id`: the document as an attachment, for those who may
 * read its partnership. Anyone else gets the same 404 as for a document that does not
 * exist, so ids cannot be probed. Served as an attachment with nosniff so no browser runs
 * a document as a page.
 */
export function usePartnershipDocumentDownloads(deps: {
  db: Db;
  fileStore: FileStore;
  viewerOf: (request: Request) => Promise<Viewer | null>;
}): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = DOWNLOAD_PATH.exec(url.pathname);
      if (!match) return;
      const notFound = () => endResponse(new fetchAPI.Response("Not found", { status: 404 }));
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(
          new fetchAPI.Response("Method not allowed", {
            status: 405,
            headers: { allow: "GET, HEAD" },
          }),
        );
        return;
      }
      const viewer = await deps.viewerOf(request);
      if (!viewer) return notFound();
      const [found] = await deps.db
        .select({
          fileName: partnershipDocuments.fileName,
          sha256: partnershipDocuments.sha256,
          mediaType: storedFiles.mediaType,
          byteSize: storedFiles.byteSize,
          schoolId: partnerships.schoolId,
          trustId: partnerships.trustId,
        })
        .from(partnershipDocuments)
        .innerJoin(partnerships, eq(partnerships.id, partnershipDocuments.partnershipId))
        .innerJoin(storedFiles, eq(storedFiles.sha256, partnershipDocuments.sha256))
        .where(eq(partnershipDocuments.id, match[1] ?? ""));
      if (!found || !mayRead(viewer, found)) return notFound();
      const stream = await deps.fileStore.get(found.sha256);
      if (!stream) throw new Error(`stored file ${found.sha256} is missing from the file store`);
      const headers = {
        "content-type": found.mediaType,
        "content-length": String(found.byteSize),
        "content-disposition": attachmentHeader(found.fileName),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      };
      if (request.method === "HEAD") {
        stream.destroy();
        return endResponse(new fetchAPI.Response(null, { status: 200, headers }));
      }
      endResponse(
        new fetchAPI.Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
          status: 200,
          headers,
        }),
      );
    },
  };
}
