import { createContext } from "react-router";

/**
 * What the production server (server/app.ts) knows about a request that React Router does not:
 * put in each request's load context there, read by loaders and the document render. Under
 * `react-router dev` nobody sets them, so they fall back to "unknown".
 */

/** The visitor's IP address as the server sees it (after any trusted proxy), forwarded to the API. */
export const visitorAddressContext = createContext<string | null>(null);

/** This response's Content-Security-Policy nonce, for the inline scripts React Router writes. */
export const cspNonceContext = createContext<string | undefined>(undefined);
