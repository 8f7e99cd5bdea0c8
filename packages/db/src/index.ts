export { createDb, type Database, type Db, type DbOptions, type DbOrTx } from "./client.ts";
export { type ConstraintViolation, violatedConstraint } from "./constraint-violation.ts";
export { DataDirLockedError } from "./data-dir-lock.ts";
export { executeRows } from "./execute-rows.ts";
export { lockLoaders } from "./loaders-lock.ts";
export * as registerWrites from "./register-writes.ts";
export { type Relations, relations } from "./relations.ts";
export * as tables from "./schema/index.ts";
export type { TrustDocumentKind } from "./schema/trust-documents.ts";
