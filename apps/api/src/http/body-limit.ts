import { GraphQLError, Kind, parse } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Larger bodies for uploads: multipart requests only, and only for the fields named. */
export interface UploadAllowance {
  multipartBytes: number;
  /** The mutations that take files; a multipart request selecting anything else is refused. */
  multipartFields: readonly string[];
}

function isMultipart(request: Request): boolean {
  return request.headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
}

/** Whether an operation selects only the named root fields (no fragments, one operation). */
function selectsOnly(query: string, fields: readonly string[]): boolean {
  try {
    const document = parse(query);
    return document.definitions.every(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        d.operation === "mutation" &&
        d.selectionSet.selections.every(
          (s) =>
            s.kind === Kind.FIELD &&
            (s.name.value === "__typename" || fields.includes(s.name.value)),
        ),
    );
  } catch {
    return false;
  }
}

/**
 * Refuses request bodies over `maxBytes` before they are read: an operation of our apps is a
 * few kilobytes, and a huge body costs parsing time and memory for nothing. A POST arriving
 * over HTTP must say its length, so the limit cannot be dodged by streaming a chunked body.
 */
export function useBodyLimit(defaultMaxBytes: number, uploads?: UploadAllowance): Plugin {
  const uploadRequests = new WeakSet<Request>();
  return {
    onParams({ request, params, setResult }) {
      // A multipart body was let in for an upload: anything else in one stays refused.
      if (!uploads || !uploadRequests.has(request)) return;
      if (!params.query || !selectsOnly(params.query, uploads.multipartFields)) {
        setResult({
          errors: [
            new GraphQLError(`Files may be sent only with ${uploads.multipartFields.join(", ")}.`, {
              extensions: { code: "PAYLOAD_TOO_LARGE" },
            }),
          ],
        });
      }
    },
    onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (request.method !== "POST") return;
      const multipart = uploads !== undefined && isMultipart(request);
      if (multipart) uploadRequests.add(request);
      const maxBytes = multipart ? uploads.multipartBytes : defaultMaxBytes;
      const refuse = (status: number, message: string, code: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status,
            headers: { "content-type": "application/json" },
          }),
        );
      const declared = request.headers.get("content-length");
      // Requests made in process (the apps' tests) have no connection and no length to declare.
      const overHttp = (serverContext as { req?: unknown } | undefined)?.req !== undefined;
      if (declared === null && overHttp) {
        refuse(411, "Send the request body with a Content-Length header.", "LENGTH_REQUIRED");
      } else if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) {
        refuse(
          413,
          `The request body is larger than ${Math.round(maxBytes / 1024)} KB: send a smaller operation.`,
          "PAYLOAD_TOO_LARGE",
        );
      }
    },
  };
}
