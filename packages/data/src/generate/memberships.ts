import type { memberships } from "@atlas/db/schema";
import {
  addDays,
  addMonths,
  firstOfMonthBetween,
  firstOfMonthOnOrAfter,
  type IsoDate,
  maxDate,
} from "./dates.ts";
import type { Random } from "./random.ts";
import type { SchoolRow } from "./schools.ts";
import type { TrustRow } from "./trust-rows.ts";
import type { TrustKind, TrustPlan } from "./trusts.ts";

export type MembershipRow = typeof memberships.$inferInsert & { id: string };

/** The latest date a school joins a trust in the demo set. */
const lastJoin: IsoDate = "2025-09-01";

export interface TrustWithSchools {
  plan: TrustPlan;
  trust: TrustRow;
  schools: SchoolRow[];
}

/**
 * Current memberships: a trust's first school joins on the 1st of the month after it was
 * incorporated, the others on a 1st between then and the last join date.
 */
export function currentMemberships(
  r: Random,
  trusts: readonly TrustWithSchools[],
): MembershipRow[] {
  const rows: MembershipRow[] = [];
  for (const { trust, schools } of trusts) {
    const opened = trust.openedOn ?? "2015-01-01";
    schools.forEach((school, i) => {
      rows.push({
        id: r.uuid(),
        schoolId: school.id,
        trustId: trust.id,
        joinedOn:
          i === 0 ? firstOfMonthOnOrAfter(opened) : firstOfMonthBetween(r, opened, lastJoin),
        leftOn: null,
      });
    });
  }
  return rows;
}

/**
 * Each closed trust merged into an open one: some of the open trust's schools were in the closed
 * one first, and moved on the merger date.
 */
export function mergeClosedTrusts(
  r: Random,
  merges: readonly { closed: TrustRow; absorber: TrustWithSchools }[],
  current: MembershipRow[],
): MembershipRow[] {
  const history: MembershipRow[] = [];
  const currentBySchool = new Map(current.map((m) => [m.schoolId, m]));
  for (const { closed: trust, absorber } of merges) {
    const opened = trust.openedOn ?? "2013-01-01";
    const mergedOn = firstOfMonthBetween(
      r,
      maxDate(addMonths(opened, 30), absorber.trust.openedOn ?? opened),
      "2024-09-01",
    );
    const movers = absorber.schools.slice(
      1,
      1 + r.int(2, Math.min(4, absorber.schools.length - 1)),
    );
    movers.forEach((school, k) => {
      const now = currentBySchool.get(school.id);
      if (now) now.joinedOn = mergedOn;
      history.push({
        id: r.uuid(),
        schoolId: school.id,
        trustId: trust.id,
        joinedOn:
          k === 0
            ? firstOfMonthOnOrAfter(opened)
            : firstOfMonthBetween(r, opened, addMonths(mergedOn, -12)),
        leftOn: addDays(mergedOn, -1),
      });
    });
  }
  return history;
}

function compatible(schoolKind: TrustKind, pastKind: TrustKind): boolean {
  if (schoolKind === "CATHOLIC") return pastKind === "CATHOLIC";
  if (schoolKind === "COFE") return pastKind === "COFE" || pastKind === "GENERAL";
  if (schoolKind === "GENERAL") return pastKind === "GENERAL";
  return pastKind === schoolKind;
}

/**
 * Moves between open trusts (a school re-brokered from one trust to another), until about
 * `share` of the academies in trusts have an earlier membership. One school of the first trust
 * (the demo trust) is among them when it can be.
 */
export function addMoves(
  r: Random,
  open: readonly TrustWithSchools[],
  current: MembershipRow[],
  history: MembershipRow[],
  share: number,
): MembershipRow[] {
  const inMats = open.filter((t) => t.plan.type === "MULTI_ACADEMY_TRUST");
  const academiesInTrusts = open.reduce((s, t) => s + t.schools.length, 0);
  const target = Math.round(academiesInTrusts * share);
  const withHistory = new Set(history.map((m) => m.schoolId));
  const currentBySchool = new Map(current.map((m) => [m.schoolId, m]));
  const candidates = [
    ...(inMats[0]?.schools.slice(1, 2).map((school) => ({ owner: inMats[0], school })) ?? []),
    ...r.shuffle(
      inMats.flatMap((owner) => owner.schools.slice(1).map((school) => ({ owner, school }))),
    ),
  ];
  const moves: MembershipRow[] = [];
  for (const { owner, school } of candidates) {
    if (history.length + moves.length >= target) break;
    if (!owner || withHistory.has(school.id)) continue;
    const now = currentBySchool.get(school.id);
    if (!now) continue;
    const openedBy = addMonths(now.joinedOn, -13);
    const pasts = inMats.filter(
      (t) =>
        t !== owner &&
        t.trust.region === owner.trust.region &&
        compatible(owner.plan.kind, t.plan.kind) &&
        (t.trust.openedOn ?? "9999") <= openedBy,
    );
    if (pasts.length === 0) continue;
    const past = r.pick(pasts);
    const pastOpened = past.trust.openedOn ?? "2011-01-01";
    moves.push({
      id: r.uuid(),
      schoolId: school.id,
      trustId: past.trust.id,
      joinedOn: firstOfMonthBetween(r, pastOpened, addMonths(now.joinedOn, -12)),
      leftOn: addDays(now.joinedOn, -1),
    });
    withHistory.add(school.id);
  }
  return moves;
}
