export { createDb, type Database, type Db, type DbOptions, type DbOrTx } from "./client.ts";
export { type Relations, relations } from "./relations.ts";
export * as tables from "./schema/index.ts";
