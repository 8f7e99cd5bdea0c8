import { createContext, useContext } from "react";

/**
 * The document's CSP nonce for `<Scripts>` and `<ScrollRestoration>`. Provided only while the
 * server renders (entry.server.tsx); the browser hides nonces from script, and the inline
 * scripts it guards run only from the server's HTML, so the client has none to give.
 */
export const CspNonceContext = createContext<string | undefined>(undefined);

export function useCspNonce(): string | undefined {
  return useContext(CspNonceContext);
}
