import { defineRelations } from "drizzle-orm";
import * as schema from "./schema/index.ts";

export const relations = defineRelations(schema, (r) => ({
  trusts: {
    memberships: r.many.memberships(),
    /** Schools in the trust today (through the current-memberships view). */
    schools: r.many.schools({
      from: r.trusts.id.through(r.currentMemberships.trustId),
      to: r.schools.id.through(r.currentMemberships.schoolId),
    }),
    adminGrants: r.many.roleGrants({
      from: r.trusts.id,
      to: r.roleGrants.trustId,
      where: { role: "TRUST_ADMIN", revokedAt: { isNull: true } },
    }),
  },
  schools: {
    memberships: r.many.memberships(),
    trust: r.one.trusts({
      from: r.schools.id.through(r.currentMemberships.schoolId),
      to: r.trusts.id.through(r.currentMemberships.trustId),
    }),
  },
  memberships: {
    school: r.one.schools({ from: r.memberships.schoolId, to: r.schools.id, optional: false }),
    trust: r.one.trusts({ from: r.memberships.trustId, to: r.trusts.id, optional: false }),
  },
  users: {
    roleGrants: r.many.roleGrants({ where: { revokedAt: { isNull: true } } }),
    sessions: r.many.sessions(),
  },
  sessions: {
    user: r.one.users({ from: r.sessions.userId, to: r.users.id, optional: false }),
  },
  roleGrants: {
    user: r.one.users({ from: r.roleGrants.userId, to: r.users.id, optional: false }),
    trust: r.one.trusts({ from: r.roleGrants.trustId, to: r.trusts.id }),
    school: r.one.schools({ from: r.roleGrants.schoolId, to: r.schools.id }),
    sectorBody: r.one.sectorBodies({ from: r.roleGrants.sectorBodyId, to: r.sectorBodies.id }),
  },
}));

export type Relations = typeof relations;
