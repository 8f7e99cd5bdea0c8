/**
 * The sector dashboard: open trusts by region and size band, the share with a published
 * profile, partnerships by region and the state they stood in at each month's end, requests per
 * London month and the median time to the trust's first response. Curators only; every part
 * comes from one statement.
 */
import { randomUUID } from "node:crypto";
import { tables } from "@atlas/db";
import {
  buildSchool,
  buildSectorBody,
  buildTrust,
  buildUser,
  publishTrustDocuments,
} from "@atlas/db/testing";
import type { PartnershipState, Region } from "@atlas/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.ts";
import { createTestApp, type Sender, type TestApp } from "./support/testkit.ts";

const DASHBOARD = graphql(`
  query SectorDashboardTest($months: Int) {
    sectorDashboard(months: $months) {
      months
      trustsByRegionAndSizeBand {
        region
        sizeBand
        trustCount
      }
      publishedProfileShare {
        trustCount
        withPublishedProfile
        share
      }
      partnershipsByMonth {
        month
        region
        state
        partnershipCount
      }
      requestsPerMonth {
        month
        requestCount
        respondedCount
        medianHoursToFirstResponse
      }
      medianTimeToFirstResponse {
        requestCount
        respondedCount
        medianHoursToFirstResponse
      }
    }
  }
`);

const MONTHS_ONLY = graphql(`
  query SectorDashboardMonthsTest {
    sectorDashboard {
      months
    }
  }
`);

let app: TestApp;
let curator: Sender;
let trustAdmin: Sender;

const HOUR = 3_600_000;

/** The London month `k` months before this one, as "2026-01". */
function monthLabel(k: number): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
  }).formatToParts(new Date());
  const year = Number(parts.find((p) => p.type === "year")?.value);
  const month = Number(parts.find((p) => p.type === "month")?.value);
  const d = new Date(Date.UTC(year, month - 1 - k, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Noon UTC on the 10th of the month `k` months back: inside that London month, and past. */
function tenthOf(k: number): Date {
  const [year, month] = monthLabel(k).split("-").map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 10, 12));
}

/** Rows in one order whatever the database's (it orders by the enums' declared order). */
function sortedBy<T extends object>(rows: readonly T[]): T[] {
  const key = (row: T) => JSON.stringify(Object.values(row));
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

type Step = { at: Date; party: "TRUST" | "SCHOOL"; action: string; to: PartnershipState };

/** A partnership of the school and trust, requested at `requestedAt`, then the steps given. */
async function partnership(
  school: { id: string },
  trust: { id: string },
  requestedAt: Date,
  steps: Step[] = [],
) {
  const db = app.database.db;
  const day = requestedAt.toISOString().slice(0, 10);
  const end = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  const state = steps.at(-1)?.to ?? "REQUESTED";
  const [row] = await db
    .insert(tables.partnerships)
    .values({
      schoolId: school.id,
      trustId: trust.id,
      state,
      intent: "EXPLORE_JOINING",
      terms: {
        startDate: day,
        endDate: end,
        focusAreas: ["CURRICULUM"],
        objectives: "Curriculum planning together.",
        serviceChargePounds: 0,
        extensionAllowed: false,
        maxTermMonths: 24,
        servicesProvided: "To be agreed.",
        dataProtection: "To be agreed.",
      },
      startDate: day,
      endDate: end,
      idempotencyKey: randomUUID(),
      version: steps.length + 1,
      createdAt: requestedAt,
    })
    .returning();
  if (!row) throw new Error("no partnership");
  let from: PartnershipState = "REQUESTED";
  await db.insert(tables.partnershipEvents).values([
    {
      partnershipId: row.id,
      sequence: 1,
      action: "REQUEST",
      actorParty: "SCHOOL",
      toState: "REQUESTED",
      at: requestedAt,
    },
    ...steps.map((step, i) => {
      const event = {
        partnershipId: row.id,
        sequence: i + 2,
        action: step.action,
        actorParty: step.party,
        fromState: from,
        toState: step.to,
        reason: step.action === "OPEN_DISCUSSION" ? null : "Not now.",
        at: step.at,
      };
      from = step.to;
      return event;
    }),
  ]);
}

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const london = (n: number) => Array.from({ length: n }, () => ({ region: "LONDON" as const }));
  const small = await buildTrust(db, { name: "Small London Trust", schools: london(3) });
  const single = await buildTrust(db, { name: "Single London Trust", schools: london(1) });
  const medium = await buildTrust(db, {
    name: "Medium North West Trust",
    schools: Array.from({ length: 7 }, () => ({ region: "NORTH_WEST" as const })),
  });
  await buildTrust(db, { name: "Closed Trust", status: "CLOSED", schools: london(2) });
  const empty = await buildTrust(db, { name: "Empty Trust", region: null });

  // A live profile; a profile unpublished since; a scheme but no profile.
  await publishTrustDocuments(db, small.trust.id, { profile: { summary: "Ours." } });
  await publishTrustDocuments(db, single.trust.id, { profile: { summary: "Gone." } });
  await db
    .update(tables.trustDocumentVersions)
    .set({ unpublishedAt: new Date(), unpublishReason: "Out of date." })
    .where(eq(tables.trustDocumentVersions.trustId, single.trust.id));
  await publishTrustDocuments(db, medium.trust.id, { schemeCells: [] });

  const school = (region: Region) => buildSchool(db, { region });
  const [a, b, c, d, e] = await Promise.all([
    school("LONDON"),
    school("NORTH_WEST"),
    school("LONDON"),
    school("LONDON"),
    school("SOUTH_WEST"),
  ]);
  if (!a || !b || !c || !d || !e) throw new Error("schools not built");
  // Long before the window: answered in 5 hours, in discussion ever since.
  await partnership(d, medium.trust, tenthOf(14), [
    {
      at: new Date(tenthOf(14).getTime() + 5 * HOUR),
      party: "TRUST",
      action: "OPEN_DISCUSSION",
      to: "IN_DISCUSSION",
    },
  ]);
  // Two months back: answered in 48 hours, declined the next month.
  await partnership(a, small.trust, tenthOf(2), [
    {
      at: new Date(tenthOf(2).getTime() + 48 * HOUR),
      party: "TRUST",
      action: "OPEN_DISCUSSION",
      to: "IN_DISCUSSION",
    },
    { at: tenthOf(1), party: "TRUST", action: "DECLINE", to: "DECLINED" },
  ]);
  // Last month: one withdrawn by the school before any answer, one answered in 10 hours.
  await partnership(b, medium.trust, tenthOf(1), [
    {
      at: new Date(tenthOf(1).getTime() + 24 * HOUR),
      party: "SCHOOL",
      action: "WITHDRAW",
      to: "WITHDRAWN",
    },
  ]);
  await partnership(c, single.trust, tenthOf(1), [
    {
      at: new Date(tenthOf(1).getTime() + 10 * HOUR),
      party: "TRUST",
      action: "OPEN_DISCUSSION",
      to: "IN_DISCUSSION",
    },
  ]);
  // This month: not answered yet.
  await partnership(e, empty.trust, new Date());

  const body = await buildSectorBody(db);
  const cora = await buildUser(db, {
    name: "Cora Curator",
    passwordHash: "x",
    roles: [{ role: "CURATOR", sectorBodyId: body.id }],
  });
  curator = await app.sessionFor(cora.user.id);
  const tia = await buildUser(db, {
    name: "Tia Admin",
    passwordHash: "x",
    roles: [{ role: "TRUST_ADMIN", trustId: small.trust.id }],
  });
  trustAdmin = await app.sessionFor(tia.user.id);
});
afterAll(() => app?.close());

describe("the sector dashboard", () => {
  it("counts open trusts by head-office region and size band", async () => {
    const { sectorDashboard } = (
      await app.execute(DASHBOARD, { months: 3 }, curator)
    ).expectNoErrors();
    expect(sortedBy(sectorDashboard.trustsByRegionAndSizeBand)).toEqual([
      { region: "LONDON", sizeBand: "SINGLE", trustCount: 1 },
      { region: "LONDON", sizeBand: "SMALL", trustCount: 1 },
      { region: "NORTH_WEST", sizeBand: "MEDIUM", trustCount: 1 },
      { region: null, sizeBand: null, trustCount: 1 },
    ]);
    expect(sectorDashboard.publishedProfileShare).toEqual({
      trustCount: 4,
      withPublishedProfile: 1,
      share: 0.25,
    });
  });

  it("reads each month's partnerships in the state they stood in at its end", async () => {
    const { sectorDashboard } = (
      await app.execute(DASHBOARD, { months: 3 }, curator)
    ).expectNoErrors();
    expect(sectorDashboard.months).toEqual([monthLabel(2), monthLabel(1), monthLabel(0)]);
    const row = (k: number, region: Region, state: PartnershipState, partnershipCount: number) => ({
      month: monthLabel(k),
      region,
      state,
      partnershipCount,
    });
    expect(sortedBy(sectorDashboard.partnershipsByMonth)).toEqual(
      sortedBy([
        row(2, "LONDON", "IN_DISCUSSION", 2),
        row(1, "LONDON", "IN_DISCUSSION", 2),
        row(1, "LONDON", "DECLINED", 1),
        row(1, "NORTH_WEST", "WITHDRAWN", 1),
        row(0, "LONDON", "IN_DISCUSSION", 2),
        row(0, "LONDON", "DECLINED", 1),
        row(0, "NORTH_WEST", "WITHDRAWN", 1),
        row(0, "SOUTH_WEST", "REQUESTED", 1),
      ]),
    );
  });

  it("counts requests per month and the median hours to the trust's first response", async () => {
    const { sectorDashboard } = (
      await app.execute(DASHBOARD, { months: 3 }, curator)
    ).expectNoErrors();
    expect(sectorDashboard.requestsPerMonth).toEqual([
      { month: monthLabel(2), requestCount: 1, respondedCount: 1, medianHoursToFirstResponse: 48 },
      { month: monthLabel(1), requestCount: 2, respondedCount: 1, medianHoursToFirstResponse: 10 },
      {
        month: monthLabel(0),
        requestCount: 1,
        respondedCount: 0,
        medianHoursToFirstResponse: null,
      },
    ]);
    // The school's withdrawal is no answer; the request before the window is not counted.
    expect(sectorDashboard.medianTimeToFirstResponse).toEqual({
      requestCount: 4,
      respondedCount: 2,
      medianHoursToFirstResponse: 29,
    });
  });

  it("shows every month of a longer window, empty ones as zero", async () => {
    const { sectorDashboard } = (
      await app.execute(DASHBOARD, { months: 12 }, curator)
    ).expectNoErrors();
    expect(sectorDashboard.months).toHaveLength(12);
    expect(sectorDashboard.months.at(-1)).toBe(monthLabel(0));
    expect(sectorDashboard.requestsPerMonth.map((m) => m.month)).toEqual(sectorDashboard.months);
    expect(sectorDashboard.requestsPerMonth.filter((m) => m.requestCount === 0)).toHaveLength(9);
    expect(sectorDashboard.medianTimeToFirstResponse.requestCount).toBe(4);
    // The partnership requested 14 months ago stands in every month, in discussion.
    const first = sectorDashboard.partnershipsByMonth.filter((r) => r.month === monthLabel(11));
    expect(first).toEqual([
      { month: monthLabel(11), region: "LONDON", state: "IN_DISCUSSION", partnershipCount: 1 },
    ]);
  });

  it("reads every part with one statement", async () => {
    app.database.resetStatements();
    (await app.execute(MONTHS_ONLY, {}, curator)).expectNoErrors();
    const oneField = app.database.statements.length;
    app.database.resetStatements();
    (await app.execute(DASHBOARD, { months: 12 }, curator)).expectNoErrors();
    // Every field of the dashboard costs what its months alone cost: the session, and one.
    expect(app.database.statements.length).toBe(oneField);
    expect(app.database.statements.filter((s) => /partnership_counts/.test(s))).toHaveLength(1);
  });

  it.each([0, 61])("refuses %s months", async (months) => {
    const errors = (
      await app.executeRaw(
        "query ($months: Int) { sectorDashboard(months: $months) { months } }",
        { months },
        curator,
      )
    ).expectErrors();
    expect(errors[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      issues: [{ path: ["months"] }],
    });
  });

  it("is for curators alone", async () => {
    const anonymous = (await app.execute(MONTHS_ONLY, {})).expectErrors();
    expect(anonymous[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const admin = (await app.execute(MONTHS_ONLY, {}, trustAdmin)).expectErrors();
    expect(admin[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
