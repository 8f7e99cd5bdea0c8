/**
 * The file stores behind stored files: the local folder (atomic writes, two-digit folders)
 * and S3-compatible storage, the latter against a real s3rver on a free port.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createLocalFileStore,
  createS3FileStore,
  type FileStore,
} from "../src/modules/file-storage/index.ts";

const bytes = new TextEncoder().encode("%PDF-1.4\nhello\n%%EOF\n");
const sha256 = createHash("sha256").update(bytes).digest("hex");

async function read(stream: Readable | null): Promise<Uint8Array | null> {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

function behavesAsAStore(store: () => FileStore) {
  it("keeps bytes under their hash and gives them back", async () => {
    expect(await store().has(sha256)).toBe(false);
    expect(await store().get(sha256)).toBeNull();
    await store().put(bytes, sha256);
    await store().put(bytes, sha256);
    expect(await store().has(sha256)).toBe(true);
    expect(await read(await store().get(sha256))).toEqual(bytes);
  });

  it("refuses a name that is not a hash", async () => {
    await expect(store().put(bytes, "../../etc/passwd")).rejects.toThrow(/SHA-256/);
  });
}

describe("the local file store", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "atlas-files-test-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  behavesAsAStore(() => createLocalFileStore(dir));

  it("writes <dir>/<aa>/<sha256>, leaving no temporary file", async () => {
    expect(await readdir(join(dir, sha256.slice(0, 2)))).toEqual([sha256]);
    expect(new Uint8Array(await readFile(join(dir, sha256.slice(0, 2), sha256)))).toEqual(bytes);
  });
});

describe("the S3-compatible file store", () => {
  let dir: string;
  let server: S3rver;
  let store: FileStore;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "atlas-s3rver-test-"));
    server = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: "atlas-files" }],
    });
    const { port } = await server.run();
    store = createS3FileStore({
      bucket: "atlas-files",
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-east-1",
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });
  behavesAsAStore(() => store);
});
