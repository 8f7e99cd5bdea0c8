import { sql } from "drizzle-orm";
import type { DbOrTx } from "./client.ts";

// Key of the advisory lock every loader takes (the seed, the register import), so two processes
// never load or empty the database at once.
const loadersLockKey = 2_026_061_401;

/** Waits for, then holds until the transaction ends, the lock every loader takes. */
export async function lockLoaders(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${loadersLockKey})`);
}
