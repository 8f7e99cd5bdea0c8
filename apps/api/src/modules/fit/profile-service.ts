import { type Db, tables } from "@atlas/db";
import type { FitPreferencesInput } from "@atlas/domain";
import { and, eq, sql } from "drizzle-orm";
import { FitProfileConflictError } from "./errors.ts";

const { schoolFitProfiles: profiles, users } = tables;

/**
 * Saves the school's fit profile if it is still at `expectedVersion` (0: there is none yet),
 * in one conditional statement, so of two members saving at once one wins and the other is
 * told who did, with nothing overwritten.
 */
export async function saveFitProfile(
  db: Db,
  input: {
    schoolId: string;
    expectedVersion: number;
    preferences: FitPreferencesInput;
    savedBy: string;
  },
): Promise<void> {
  const values = {
    preferences: input.preferences,
    savedBy: input.savedBy,
    savedAt: new Date(),
  };
  const written =
    input.expectedVersion === 0
      ? await db
          .insert(profiles)
          .values({ schoolId: input.schoolId, version: 1, ...values })
          .onConflictDoNothing()
          .returning({ version: profiles.version })
      : await db
          .update(profiles)
          .set({ ...values, version: sql`${profiles.version} + 1` })
          .where(
            and(eq(profiles.schoolId, input.schoolId), eq(profiles.version, input.expectedVersion)),
          )
          .returning({ version: profiles.version });
  if (written.length > 0) return;
  const [current] = await db
    .select({ version: profiles.version, by: users.name })
    .from(profiles)
    .leftJoin(users, eq(users.id, profiles.savedBy))
    .where(eq(profiles.schoolId, input.schoolId));
  throw new FitProfileConflictError(current?.version ?? 0, current?.by ?? null);
}

/** The school's saved preferences, or null when it has saved none. */
export async function savedPreferences(
  db: Db,
  schoolId: string,
): Promise<FitPreferencesInput | null> {
  const [row] = await db
    .select({ preferences: profiles.preferences })
    .from(profiles)
    .where(eq(profiles.schoolId, schoolId));
  return row?.preferences ?? null;
}
