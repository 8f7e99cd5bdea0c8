import type { roleGrants, sectorBodies, users } from "@atlas/db/schema";
import { demoAccounts, demoPasswordHashes } from "../demo-accounts.ts";
import type { DemoClock } from "./demo-clock.ts";
import type { Random } from "./random.ts";

export type SectorBodyRow = typeof sectorBodies.$inferInsert & { id: string };
export type UserRow = typeof users.$inferInsert & { id: string };
export type RoleGrantRow = typeof roleGrants.$inferInsert & { id: string };

export const demoSectorBody = {
  slug: "national-trust-association",
  name: "National Association of School Trusts (demo)",
} as const;

export function buildSectorBody(r: Random): SectorBodyRow {
  return { id: r.uuid(), ...demoSectorBody };
}

/** The demo users and their roles, each on the organisation its account describes. */
export function buildAccounts(
  r: Random,
  organisations: {
    trustAdminTrustId: string;
    otherTrustAdminTrustId: string;
    schoolId: string;
    sectorBodyId: string;
  },
  clock: DemoClock,
): { users: UserRow[]; roleGrants: RoleGrantRow[] } {
  // The start of the demo's today, so a set loaded early on a Monday holds no grant from the
  // future.
  const grantedAt = clock.moment("2026-01-05T00:00:00.000Z");
  const users: UserRow[] = [];
  const grants: RoleGrantRow[] = [];
  for (const account of demoAccounts) {
    const passwordHash = demoPasswordHashes[account.email];
    if (!passwordHash) throw new Error(`no password hash for ${account.email}`);
    const user: UserRow = {
      id: r.uuid(),
      email: account.email,
      name: account.name,
      passwordHash,
    };
    users.push(user);
    const grant = { id: r.uuid(), userId: user.id, role: account.role, grantedAt };
    switch (account.organisationKey) {
      case "demo-trust":
        grants.push({ ...grant, trustId: organisations.trustAdminTrustId });
        break;
      case "other-demo-trust":
        grants.push({ ...grant, trustId: organisations.otherTrustAdminTrustId });
        break;
      case "demo-school":
        grants.push({ ...grant, schoolId: organisations.schoolId });
        break;
      case "sector-body":
        grants.push({ ...grant, sectorBodyId: organisations.sectorBodyId });
        break;
    }
  }
  return { users, roleGrants: grants };
}
