import { type Phase, phases } from "@atlas/domain";
import type { Db } from "./client.ts";

/** A trust's figures as the database has them, counted here rather than by the API. */
export interface TrustFigures {
  schools: number;
  /** Pupils on roll across the schools that report a figure. */
  pupils: number;
  /** Schools per phase, for the phases the trust has, in the register's order of phases. */
  byPhase: Map<Phase, number>;
}

/**
 * The truth the page's figures must match: the schools a trust runs today (memberships it has
 * not left), read from the database and added up in the test.
 */
export async function figuresInDatabase(db: Db, trustId: string): Promise<TrustFigures> {
  const memberships = await db.query.memberships.findMany({
    where: { trustId, leftOn: { isNull: true } },
    with: { school: { columns: { phase: true, pupils: true } } },
  });
  const counts = new Map<Phase, number>();
  let pupils = 0;
  for (const { school } of memberships) {
    counts.set(school.phase, (counts.get(school.phase) ?? 0) + 1);
    pupils += school.pupils ?? 0;
  }
  const byPhase = new Map<Phase, number>();
  for (const phase of phases.keys) {
    const count = counts.get(phase);
    if (count !== undefined) byPhase.set(phase, count);
  }
  return { schools: memberships.length, pupils, byPhase };
}
