import { tables } from "@atlas/db";
import { type SQL, sql } from "drizzle-orm";

type UsersTable = typeof tables.users;
const { roleGrants } = tables;

/** The trusts a person administers today, as a JSON array of ids, in the user's own row. */
export function userAdminTrustIds(user: UsersTable): SQL<string[]> {
  return sql<
    string[]
  >`(select coalesce(json_agg(${roleGrants.trustId}), '[]'::json) from ${roleGrants} where ${roleGrants.userId} = ${user.id} and ${roleGrants.role} = 'TRUST_ADMIN' and ${roleGrants.revokedAt} is null)`;
}
