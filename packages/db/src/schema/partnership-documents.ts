import { index, snakeCase, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { partnershipPartyEnum } from "./enums.ts";
import { partnerships } from "./partnerships.ts";
import { storedFiles } from "./stored-files.ts";

/**
 * A document either side attached to a partnership. The same bytes attached twice to one
 * partnership are one document (the first name and uploader stand).
 */
export const partnershipDocuments = snakeCase.table(
  "partnership_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    sha256: text()
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text().notNull(),
    uploadedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    party: partnershipPartyEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("partnership_documents_one_per_file").on(t.partnershipId, t.sha256),
    index("partnership_documents_sha256_idx").on(t.sha256),
  ],
);
