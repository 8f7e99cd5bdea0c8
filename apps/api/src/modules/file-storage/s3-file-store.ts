import { Readable } from "node:stream";
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { assertSha256, type FileStore } from "./file-store.ts";

export interface S3FileStoreOptions {
  bucket: string;
  /** An S3-compatible service's address (MinIO, R2…); AWS's own when unset. */
  endpoint?: string;
  region?: string;
  /** Given in tests; otherwise the SDK reads the standard AWS environment and profiles. */
  credentials?: S3ClientConfig["credentials"];
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === "NotFound" || e.name === "NoSuchKey" || e.$metadata?.httpStatusCode === 404;
}

/**
 * Files in an S3-compatible bucket under `<first two hex digits>/<sha256>`, like the local
 * store's layout. A PUT is all or nothing, so no partial object is ever visible.
 */
export function createS3FileStore(options: S3FileStoreOptions): FileStore {
  const client = new S3Client({
    region: options.region ?? "us-east-1",
    ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  const keyOf = (sha256: string) => {
    assertSha256(sha256);
    return `${sha256.slice(0, 2)}/${sha256}`;
  };
  const has = async (sha256: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  };
  return {
    has,
    async put(bytes, sha256) {
      if (await has(sha256)) return;
      await client.send(
        new PutObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256), Body: bytes }),
      );
    },
    async get(sha256) {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256) }),
        );
        return object.Body instanceof Readable ? object.Body : null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  };
}
