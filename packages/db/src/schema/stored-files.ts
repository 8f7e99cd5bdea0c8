import { sql } from "drizzle-orm";
import { bigint, check, snakeCase, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every file the API has stored, named by the SHA-256 of its bytes. The bytes live in the
 * file store (local disk or S3-compatible storage), under the same name; a row here means
 * they were written there first. Files are shared: attaching the same bytes twice, anywhere,
 * stores them once.
 */
export const storedFiles = snakeCase.table(
  "stored_files",
  {
    sha256: text().primaryKey(),
    byteSize: bigint({ mode: "number" }).notNull(),
    mediaType: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("stored_files_sha256_check", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check("stored_files_byte_size_check", sql`${t.byteSize} >= 0`),
  ],
);
