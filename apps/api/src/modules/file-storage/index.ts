import type { Env } from "../../env.ts";
import type { FileStore } from "./file-store.ts";
import { createLocalFileStore } from "./local-file-store.ts";
import { createS3FileStore } from "./s3-file-store.ts";

export type { FileStore } from "./file-store.ts";
export { createLocalFileStore } from "./local-file-store.ts";
export { createS3FileStore } from "./s3-file-store.ts";

/** S3-compatible storage when a bucket is named; the local folder otherwise. */
export function fileStoreFromEnv(
  env: Pick<Env, "FILE_STORE_DIR" | "S3_BUCKET" | "S3_ENDPOINT" | "S3_REGION">,
): FileStore {
  if (env.S3_BUCKET) {
    return createS3FileStore({
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
    });
  }
  return createLocalFileStore(env.FILE_STORE_DIR);
}
