import type { Readable } from "node:stream";

/**
 * Where stored files' bytes live, named by the SHA-256 of their bytes (lower-case hex). The
 * database says which files exist and what they are; a store only keeps bytes, so the same
 * store serves partnership documents and, later, conversion steps' documents.
 */
export interface FileStore {
  /** Keeps the bytes under their hash. Writing the same hash again is harmless. */
  put(bytes: Uint8Array, sha256: string): Promise<void>;
  /** The bytes as a stream; null when the store has no such file. */
  get(sha256: string): Promise<Readable | null>;
  has(sha256: string): Promise<boolean>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Refuses a name that is not a hash, so no caller can reach outside the store's folder. */
export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256}`);
}
