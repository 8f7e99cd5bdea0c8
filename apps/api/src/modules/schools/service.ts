import { type Db, tables } from "@atlas/db";
import { eq } from "drizzle-orm";

const { schools } = tables;

export async function schoolIdByUrn(db: Db, urn: number): Promise<string | null> {
  const [school] = await db.select({ id: schools.id }).from(schools).where(eq(schools.urn, urn));
  return school?.id ?? null;
}
