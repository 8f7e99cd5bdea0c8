import { hashSecretToken, newSecretToken } from "../../shared/secret-tokens.ts";

/**
 * The session cookie's name. Over TLS it takes the `__Host-` prefix, which browsers accept only
 * with Secure, Path=/ and no Domain: no subdomain or plain-HTTP page can plant or widen it.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-atlas_session" : "atlas_session";
}
export const SESSION_TTL_MS = 1000 * 60 * 60 * 24 * 14;

/** A new random session token: the cookie holds it; the database holds only its hash. */
export const newSessionToken = newSecretToken;
export const hashSessionToken = hashSecretToken;
