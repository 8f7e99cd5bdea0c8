import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./client.ts";

const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/**
 * The rows a raw statement returns, whichever engine ran it: postgres.js returns the rows as the
 * result itself, PGlite as `result.rows`.
 */
export async function executeRows(db: DbOrTx, query: SQL): Promise<Record<string, unknown>[]> {
  const result: unknown = await db.execute(query);
  const list: unknown = Array.isArray(result) ? result : isRow(result) ? result.rows : [];
  return Array.isArray(list) ? list.filter(isRow).map((row) => ({ ...row })) : [];
}
