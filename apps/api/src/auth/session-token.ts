import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "atlas_session";
export const SESSION_TTL_MS = 1000 * 60 * 60 * 24 * 14;

/** A new random session token: the cookie holds it; the database holds only its hash. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
