import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { createProxyMiddleware } from "http-proxy-middleware";
import { graphqlPath, isDocumentDownload } from "./api-routes.ts";

/**
 * The address of whoever connected to this server. An IPv4 visitor on a dual-stack socket shows
 * as `::ffff:203.0.113.7`; the API counts sign-in attempts by address, so it gets the plain
 * form, the same for a visitor however they reached us.
 */
export function visitorAddress(req: IncomingMessage): string | undefined {
  const address = req.socket.remoteAddress;
  return address?.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

function isResponse(res: ServerResponse | Socket): res is ServerResponse {
  return "writeHead" in res;
}

/** The answer when the API is down: in GraphQL's shape for the app's client, else plain words. */
function unreachable(req: IncomingMessage, res: ServerResponse): void {
  if (req.url?.startsWith(graphqlPath) ?? false) {
    // The app's client then reports a problem with the service.
    res.writeHead(502, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ errors: [{ message: "The API could not be reached." }] }));
    return;
  }
  res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
  res.end("The document could not be fetched: Trust Atlas could not be reached. Try again later.");
}

/**
 * Same-origin `/graphql` and partnership documents' download links, passed to the API so its
 * HttpOnly SameSite=Lax session cookie is first-party (a download is answered only for a
 * session that may read the partnership). The API limits sign-in attempts per visitor by
 * X-Forwarded-For, believed only from proxies it trusts (loopback by default), so this proxy
 * says who the visitor is. It sets the header rather than adding to one the browser sent: a
 * browser's own X-Forwarded-For is whatever it likes, and the API must not count attempts by it.
 */
export function apiProxy(apiOrigin: string) {
  return createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: apiOrigin,
    // Exact paths: a string filter would also take /graphql-anything away from the app.
    pathFilter: (pathname, req) =>
      pathname === graphqlPath || isDocumentDownload(req.method, pathname),
    changeOrigin: true,
    xfwd: false,
    // No deadline on the API's answer: a subscription's event stream stays open as long as the
    // page does, with only Yoga's keep-alive comments in between (every 12 seconds), and a
    // large document on a slow connection takes its time.
    proxyTimeout: 0,
    timeout: 0,
    on: {
      proxyReq(proxyReq, req) {
        const address = visitorAddress(req);
        if (address === undefined) proxyReq.removeHeader("x-forwarded-for");
        else proxyReq.setHeader("x-forwarded-for", address);
      },
      error(error, req, res) {
        console.error("The API could not be reached:", error.message);
        if (!isResponse(res)) {
          res.destroy();
          return;
        }
        if (res.headersSent) {
          res.end();
          return;
        }
        unreachable(req, res);
      },
    },
  });
}
