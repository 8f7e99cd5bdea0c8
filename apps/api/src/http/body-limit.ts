import type { Plugin } from "graphql-yoga";

/**
 * Refuses request bodies over `maxBytes` before they are read: an operation of our apps is a
 * few kilobytes, and a huge body costs parsing time and memory for nothing. A POST arriving
 * over HTTP must say its length, so the limit cannot be dodged by streaming a chunked body.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (request.method !== "POST") return;
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
