import { type DbOrTx, tables } from "@atlas/db";
import { and, eq, isNull } from "drizzle-orm";

const { roleGrants, users } = tables;

/** Who speaks for one side of a partnership: the trust's administrators or the school's members. */
export async function peopleOfSide(
  db: DbOrTx,
  side: { party: "TRUST"; trustId: string } | { party: "SCHOOL"; schoolId: string },
): Promise<{ email: string; name: string }[]> {
  return db
    .selectDistinct({ email: users.email, name: users.name })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        isNull(roleGrants.revokedAt),
        side.party === "TRUST"
          ? and(eq(roleGrants.role, "TRUST_ADMIN"), eq(roleGrants.trustId, side.trustId))
          : and(eq(roleGrants.role, "SCHOOL_MEMBER"), eq(roleGrants.schoolId, side.schoolId)),
      ),
    );
}
