import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { assertSha256, type FileStore } from "./file-store.ts";

/**
 * Files on local disk at `<dir>/<first two hex digits>/<sha256>`, so no folder holds more
 * than a 256th of them. Each is written to a temporary name and renamed into place: a rename
 * within a folder is atomic, so a crash leaves a stray temporary file, never half a document
 * under its hash.
 */
export function createLocalFileStore(dir: string): FileStore {
  const pathOf = (sha256: string) => {
    assertSha256(sha256);
    return join(dir, sha256.slice(0, 2), sha256);
  };
  const has = async (sha256: string) => {
    try {
      await access(pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  };
  return {
    has,
    async put(bytes, sha256) {
      const path = pathOf(sha256);
      if (await has(sha256)) return;
      await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${randomUUID()}.partial`;
      try {
        await writeFile(temporary, bytes, { flush: true });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(sha256): Promise<Readable | null> {
      if (!(await has(sha256))) return null;
      return createReadStream(pathOf(sha256));
    },
  };
}
