import { createHash, randomBytes } from "node:crypto";

/**
 * A random token that is itself the credential (a session cookie, an invitation link): 256
 * bits, so it cannot be guessed. Only its hash is stored, so a copy of the database opens
 * nothing.
 */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
