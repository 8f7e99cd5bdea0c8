import {
  addMonths,
  applyPartnershipCommand,
  isOpenPartnershipState,
  type PartnershipCommand,
  type PartnershipSnapshot,
  type PartnershipTerms,
  partnershipOutcomes,
  partnershipStates,
  partnershipTermsSchema,
} from "@atlas/domain";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type DemoData,
  demoAnchor,
  generateDemoData,
  type PartnershipEventRow,
  type PartnershipRow,
} from "../src/index.ts";

/**
 * Mondays a set may be generated for besides the anchor: one on the 1st, one on the 29th of a
 * 30-day month, one on the 31st, one far ahead. The rules must hold whatever the day of the
 * month, as `thisMonth` is then that many days before today.
 */
const otherTodays = ["2026-06-01", "2026-06-29", "2027-05-31", "2031-03-10"];

let data: DemoData;
let others: DemoData[];
let later: { today: string; data: DemoData }[];
beforeAll(() => {
  data = generateDemoData();
  others = [generateDemoData({ seed: 7 }), generateDemoData({ seed: 11 })];
  later = otherTodays.map((today) => ({ today, data: generateDemoData({ today }) }));
});

const eventsOf = (d: DemoData, p: PartnershipRow) =>
  d.partnershipEvents.filter((e) => e.partnershipId === p.id);
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The command an event records, rebuilt as the API would have received it. */
function commandOf(e: PartnershipEventRow): PartnershipCommand {
  const reason = e.reason ?? undefined;
  const d = e.details;
  switch (e.action) {
    case "PROPOSE_TERMS":
      return { action: e.action, terms: d.terms as PartnershipTerms, reason };
    case "EXTEND":
      return { action: e.action, endDate: d.endDate as string, reason: reason ?? "" };
    case "CONCLUDE":
      return { action: e.action, outcome: d.outcome as "MERGING", reason: reason ?? "" };
    case "DECLINE":
    case "WITHDRAW":
      return { action: e.action, reason: reason ?? "" };
    default:
      return { action: e.action, reason } as PartnershipCommand;
  }
}

/** Replays a history from its request through the domain's rule, failing on a refused step. */
function replay(events: readonly PartnershipEventRow[]): PartnershipSnapshot {
  const [request, ...steps] = events;
  const terms = request?.details.terms as PartnershipTerms;
  let snapshot: PartnershipSnapshot = {
    state: "REQUESTED",
    terms,
    confirmedBy: [],
    endDate: terms.endDate,
    outcome: null,
  };
  for (const e of steps) {
    const result = applyPartnershipCommand(snapshot, commandOf(e), e.actorParty, isoDay(e.at));
    if (!result.ok) throw new Error(`${e.action} refused: ${result.refusal.message}`);
    expect(e.fromState).toBe(snapshot.state);
    expect(e.toState).toBe(result.next.state);
    snapshot = result.next;
  }
  return snapshot;
}

/** The rules every generated data set keeps, whatever its seed and its today. */
function expectRulesHold(d: DemoData, today = demoAnchor) {
  const open = new Set<string>();
  const active = new Set<string>();
  const current = new Set(d.memberships.filter((m) => !m.leftOn).map((m) => m.schoolId));
  const trustIds = new Set(d.trusts.filter((t) => t.status === "OPEN").map((t) => t.id));
  for (const p of d.partnerships) {
    if (isOpenPartnershipState(p.state)) {
      const pair = `${p.schoolId}/${p.trustId}`;
      expect(open.has(pair)).toBe(false);
      open.add(pair);
    }
    if (p.state === "ACTIVE") {
      expect(active.has(p.schoolId)).toBe(false);
      active.add(p.schoolId);
    }
    expect(p.endDate > p.startDate).toBe(true);
    expect(p.endDate <= addMonths(p.startDate, 24)).toBe(true);
    expect(p.outcome !== null).toBe(p.state === "CONCLUDED");
    expect(current.has(p.schoolId)).toBe(false);
    expect(trustIds.has(p.trustId)).toBe(true);
    expect(partnershipTermsSchema.safeParse(p.terms).success).toBe(true);
    if (p.state === "AGREED") expect(p.startDate > today).toBe(true);
    if (p.state === "ACTIVE") {
      expect(p.startDate <= today).toBe(true);
      expect(p.endDate > today).toBe(true);
    }

    const events = eventsOf(d, p);
    const [first] = events;
    expect(first).toMatchObject({
      sequence: 1,
      action: "REQUEST",
      actorParty: "SCHOOL",
      fromState: null,
      toState: "REQUESTED",
    });
    expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));
    expect(p.version).toBe(events.length);
    for (let i = 1; i < events.length; i++)
      expect(events[i]?.at.getTime()).toBeGreaterThan(events[i - 1]?.at.getTime() ?? 0);
    for (const e of events) {
      expect(isoDay(e.at) < today).toBe(true);
      if (e.actorParty !== "SYSTEM") expect(e.actorName).toMatch(/^\S+ \S+/);
    }
    expect(p.createdAt).toEqual(first?.at);
    expect(p.updatedAt).toEqual(events.at(-1)?.at);

    const replayed = replay(events);
    expect(replayed).toEqual({
      state: p.state,
      terms: p.terms,
      confirmedBy: p.confirmedBy,
      endDate: p.endDate,
      outcome: p.outcome,
    });
    expect(p.startDate).toBe(p.terms.startDate);
  }
  const ids = [...d.partnerships, ...d.partnershipEvents].map((row) => row.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(d.partnerships.map((p) => p.idempotencyKey)).size).toBe(d.partnerships.length);
}

describe("the demo partnerships", () => {
  it("cover every state, several in each, over many trusts", () => {
    expect(data.partnerships.length).toBeGreaterThanOrEqual(40);
    expect(data.partnerships.length).toBeLessThanOrEqual(80);
    for (const state of partnershipStates.keys)
      expect(data.partnerships.filter((p) => p.state === state).length).toBeGreaterThanOrEqual(3);
    for (const outcome of partnershipOutcomes.keys)
      expect(data.partnerships.some((p) => p.outcome === outcome)).toBe(true);
    expect(new Set(data.partnerships.map((p) => p.trustId)).size).toBeGreaterThan(25);
  });

  it("include extensions that moved the end date", () => {
    const extensions = data.partnershipEvents.filter((e) => e.action === "EXTEND");
    expect(extensions.length).toBeGreaterThanOrEqual(1);
    for (const e of extensions) {
      const p = data.partnerships.find((row) => row.id === e.partnershipId);
      expect(e.details.endDate).toBe(p?.endDate);
      expect(p && p.endDate > p.terms.endDate).toBe(true);
    }
    const states = new Set(
      extensions.map((e) => data.partnerships.find((p) => p.id === e.partnershipId)?.state),
    );
    expect(states).toEqual(new Set(["ACTIVE", "CONCLUDED"]));
  });

  it("replay through the domain's rules to their rows, and keep the database's rules", () => {
    expectRulesHold(data);
    for (const other of others) expectRulesHold(other);
  });

  it("keep those rules when generated for another Monday, every step dated before it", () => {
    for (const { today, data: d } of later) {
      expectRulesHold(d, today);
      // The same stories, told against that today: the newest request weeks before it.
      const states = (set: DemoData) => set.partnerships.map((p) => p.state).sort();
      expect(states(d)).toEqual(states(data));
      const newest =
        d.partnershipEvents
          .map((e) => isoDay(e.at))
          .sort()
          .at(-1) ?? "";
      expect(newest < today && newest >= addMonths(today, -1)).toBe(true);
    }
  });

  it("refuse a today that is not a Monday", () => {
    expect(() => generateDemoData({ today: "2026-12-08" })).toThrow(/must be a Monday/);
    // No such day: the date parser would roll it over to Monday 2 March.
    expect(() => generateDemoData({ today: "2026-02-30" })).toThrow(/must be a Monday/);
  });

  it("leave the demo school with no open partnership, for the browser journey to request one", () => {
    for (const d of [data, ...others]) {
      const mine = d.partnerships.filter((p) => p.schoolId === d.demo.school.id);
      expect(mine.some((p) => isOpenPartnershipState(p.state))).toBe(false);
      expect(mine.length).toBeLessThanOrEqual(1);
      for (const p of mine) expect(["DECLINED", "WITHDRAWN"]).toContain(p.state);
    }
  });

  it("give the demo trust requests to answer, one in discussion and one agreed", () => {
    for (const d of [data, ...others]) {
      const mine = d.partnerships.filter((p) => p.trustId === d.demo.trustAdminTrust.id);
      const count = (state: string) => mine.filter((p) => p.state === state).length;
      expect(count("REQUESTED")).toBeGreaterThanOrEqual(1);
      expect(count("IN_DISCUSSION")).toBeGreaterThanOrEqual(1);
      expect(count("AGREED")).toBeGreaterThanOrEqual(1);
      // Its steps were taken by its demo administrator.
      const admin = d.users.find((u) => u.email === "trust-admin@demo.trustatlas.test");
      const trustSteps = mine
        .flatMap((p) => eventsOf(d, p))
        .filter((e) => e.actorParty === "TRUST");
      expect(trustSteps.length).toBeGreaterThan(0);
      for (const e of trustSteps) expect(e.actorUserId).toBe(admin?.id);
    }
  });

  it("are deterministic for a seed", () => {
    const again = generateDemoData();
    expect(again.partnerships).toEqual(data.partnerships);
    expect(again.partnershipEvents).toEqual(data.partnershipEvents);
    expect(JSON.stringify(again.partnershipEvents)).toBe(JSON.stringify(data.partnershipEvents));
    expect(others[0]?.partnerships[0]?.id).not.toBe(data.partnerships[0]?.id);
  });
});
