import { type DbOrTx, tables } from "@atlas/db";
import { eq } from "drizzle-orm";

const { schools, trusts } = tables;

/** The name of the trust or school a claim or invitation is for; null when it is gone. */
export async function organisationNameOf(
  db: DbOrTx,
  ids: { trustId: string | null; schoolId: string | null },
): Promise<string | null> {
  if (ids.trustId) {
    const [trust] = await db
      .select({ name: trusts.name })
      .from(trusts)
      .where(eq(trusts.id, ids.trustId));
    return trust?.name ?? null;
  }
  const [school] = await db
    .select({ name: schools.name })
    .from(schools)
    .where(eq(schools.id, ids.schoolId ?? ""));
  return school?.name ?? null;
}
