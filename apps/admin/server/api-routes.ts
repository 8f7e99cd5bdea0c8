// Which requests the admin passes to the API, one rule for the production server
// (api-proxy.ts) and the development server (vite.config.ts).

/** GraphQL, exactly: `/graphql-anything` is the app's. */
export const graphqlPath = "/graphql";

/** `PartnershipDocument.downloadPath`: the API streams the file to whoever may read it. */
const documentDownload = /^\/files\/partnership-documents\/[^/]+$/;

/**
 * A partnership document's download link: GET, and HEAD for a client that asks what it would
 * get first (the API answers both). Nothing else: a link is all the page uses, and the rest of
 * `/files/` is not the API's to answer for the admin.
 */
export function isDocumentDownload(method: string | undefined, pathname: string): boolean {
  return (method === "GET" || method === "HEAD") && documentDownload.test(pathname);
}
