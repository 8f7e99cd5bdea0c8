/**
 * The curators' list of trusts: the public search's filters and counts, plus whether a sector
 * body verified the trust, whether it has a live profile, and (curators only) whether a
 * published version awaits moderation; each trust's partnership count for its curation page.
 * Each test's trusts share a token in their names, so `search: token` keeps other rows out.
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
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TrustFilter } from "./gql/graphql.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, type Sender, type TestApp } from "./support/testkit.ts";

const LIST = graphql(`
  query CuratorTrustListTest($filter: TrustFilter) {
    trusts(filter: $filter, first: 20, orderBy: NAME) {
      totalCount
      nodes { name partnershipCount }
      facets {
        regions { value count selected }
        statuses { value count selected }
        types { value count selected }
        verified { value count selected }
        published { value count selected }
        awaitingModeration { value count selected }
      }
    }
  }
`);

const PUBLIC_COUNTS = graphql(`
  query PublicTrustCountsTest($filter: TrustFilter) {
    trusts(filter: $filter, first: 20) {
      totalCount
      nodes { name }
      facets { verified { value count } published { value count } }
    }
  }
`);

let app: TestApp;
let curator: Sender;
let schoolMember: Sender;
let schoolUrn: number;
const token = `Cur${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const body = await buildSectorBody(db, { name: "Curators' Body" });
  // Alder: verified, its profile published and approved, in the North West.
  const alder = await buildTrust(db, {
    name: `${token} Alder Trust`,
    schools: [{ region: "NORTH_WEST" }, { region: "NORTH_WEST" }],
  });
  await publishTrustDocuments(db, alder.trust.id, { profile: { visionStatement: "Alder." } });
  await db
    .update(tables.trustDocumentVersions)
    .set({ moderationState: "APPROVED", moderatedAt: new Date() })
    .where(eq(tables.trustDocumentVersions.trustId, alder.trust.id));
  await db.insert(tables.trustVerifications).values({
    trustId: alder.trust.id,
    sectorBodyId: body.id,
    verifiedByName: "Cora Curator",
    registerMatch: true,
    contactConfirmed: true,
    contactName: "Dana Chief",
    checkedOn: "2026-01-05",
  });
  // Birch: published, its version waiting for a curator; proposed to close, in London.
  const birch = await buildTrust(db, {
    name: `${token} Birch Trust`,
    status: "PROPOSED_TO_CLOSE",
    schools: [{ region: "LONDON" }, { region: "LONDON" }],
  });
  await publishTrustDocuments(db, birch.trust.id, { profile: { visionStatement: "Birch." } });
  // Cedar: a single-academy trust with nothing published, and two partnership requests.
  const cedar = await buildTrust(db, {
    name: `${token} Cedar Trust`,
    schools: [{ region: "LONDON" }],
  });
  for (const _ of [1, 2]) {
    const school = await buildSchool(db, { region: "LONDON" });
    await db.insert(tables.partnerships).values({
      schoolId: school.id,
      trustId: cedar.trust.id,
      intent: "EXPLORE_JOINING",
      terms: {
        startDate: "2099-09-01",
        endDate: "2100-07-31",
        focusAreas: ["CPD"],
        objectives: "Listing.",
        serviceChargePounds: 0,
        extensionAllowed: false,
        maxTermMonths: 24,
        servicesProvided: "Listing.",
        dataProtection: "Listing.",
      },
      startDate: "2099-09-01",
      endDate: "2100-07-31",
      idempotencyKey: randomUUID(),
    });
  }
  const member = await buildSchool(db, { region: "LONDON" });
  schoolUrn = member.urn;
  const person = async (roles: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor((await buildUser(db, { passwordHash: "x", roles })).user.id);
  curator = await person([{ role: "CURATOR", sectorBodyId: body.id }]);
  schoolMember = await person([{ role: "SCHOOL_MEMBER", schoolId: member.id }]);
});
afterAll(() => app?.close());

const names = (nodes: { name: string }[]) => nodes.map((n) => n.name.replace(`${token} `, ""));
const listAs = async (filter: Omit<TrustFilter, "search">, as: Sender = curator) =>
  (await app.execute(LIST, { filter: { search: token, ...filter } }, as)).expectNoErrors().trusts;
const count = (options: { value: unknown; count: number }[], value: unknown) =>
  options.find((o) => o.value === value)?.count;

describe("the curators' trust filters", () => {
  it.each<[Omit<TrustFilter, "search">, string[]]>([
    [{}, ["Alder Trust", "Birch Trust", "Cedar Trust"]],
    [{ verified: true }, ["Alder Trust"]],
    [{ verified: false }, ["Birch Trust", "Cedar Trust"]],
    [{ published: true }, ["Alder Trust", "Birch Trust"]],
    [{ published: false }, ["Cedar Trust"]],
    [{ awaitingModeration: true }, ["Birch Trust"]],
    [{ awaitingModeration: false }, ["Alder Trust", "Cedar Trust"]],
    [{ verified: false, published: true }, ["Birch Trust"]],
    [{ statuses: ["PROPOSED_TO_CLOSE"] }, ["Birch Trust"]],
    [{ types: ["SINGLE_ACADEMY_TRUST"] }, ["Cedar Trust"]],
  ])("%j lists %j", async (filter, expected) => {
    const trusts = await listAs(filter);
    expect(names(trusts.nodes)).toEqual(expected);
    expect(trusts.totalCount).toBe(expected.length);
  });

  it("counts each option with the other filters kept", async () => {
    const { facets } = await listAs({ verified: false, regions: ["LONDON"] });
    // Each facet leaves its own choice out: Alder counts under "verified", not under London.
    expect(count(facets.verified, true)).toBe(0);
    expect(count(facets.verified, false)).toBe(2);
    expect(facets.verified.find((o) => o.value === false)?.selected).toBe(true);
    expect(count(facets.regions, "LONDON")).toBe(2);
    expect(count(facets.regions, "NORTH_WEST")).toBe(0);
    expect(count(facets.published, true)).toBe(1);
    expect(count(facets.published, false)).toBe(1);
    expect(count(facets.awaitingModeration ?? [], true)).toBe(1);
    expect(count(facets.awaitingModeration ?? [], false)).toBe(1);
    expect(count(facets.statuses, "OPEN")).toBe(1);
    expect(count(facets.statuses, "PROPOSED_TO_CLOSE")).toBe(1);
    expect(count(facets.statuses, "PROPOSED_TO_OPEN")).toBe(0);
    expect(count(facets.types, "MULTI_ACADEMY_TRUST")).toBe(1);
    expect(count(facets.types, "SINGLE_ACADEMY_TRUST")).toBe(1);

    const all = await listAs({});
    expect(count(all.facets.verified, true)).toBe(1);
    expect(count(all.facets.regions, "NORTH_WEST")).toBe(1);
    expect(count(all.facets.awaitingModeration ?? [], true)).toBe(1);
  });

  it("counts every trust's partnerships", async () => {
    const trusts = await listAs({});
    expect(trusts.nodes.map((n) => n.partnershipCount)).toEqual([0, 0, 2]);
  });

  it("reads a page, its verifications, partnership counts and every facet in fixed statements", async () => {
    const statementsFor = async (filter: Omit<TrustFilter, "search">) => {
      app.database.resetStatements();
      await listAs(filter);
      return app.database.statements.length;
    };
    // One trust on the page or three: the same statements (the page, the counts, the session).
    const one = await statementsFor({ published: false });
    const three = await statementsFor({});
    expect(three).toBe(one);
    expect(three).toBeLessThanOrEqual(4);
  });
});

describe("what only curators may ask", () => {
  it("lets anyone filter and count by verified and published", async () => {
    const answer = (
      await app.execute(PUBLIC_COUNTS, {
        filter: { search: token, verified: false, published: true },
      })
    ).expectNoErrors();
    expect(names(answer.trusts.nodes)).toEqual(["Birch Trust"]);
    expect(count(answer.trusts.facets.verified, true)).toBe(1);
  });

  it.each([
    ["anonymous", () => ({})],
    ["a school member", () => schoolMember],
  ])("refuses %s the awaiting-moderation filter", async (_who, as) => {
    const answer = await app.execute(
      PUBLIC_COUNTS,
      { filter: { search: token, awaitingModeration: false } },
      as(),
    );
    expect(answer.expectErrors().map((e) => e.extensions?.code)).toEqual([
      expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
    ]);
    expect(answer.body.data).toBeNull();
  });

  it("keeps the awaiting-moderation counts and partnership counts from anyone else", async () => {
    const answer = await app.execute(LIST, { filter: { search: token } }, schoolMember);
    const paths = answer.expectErrors().map((e) => e.path?.join("."));
    expect(paths).toContain("trusts.facets.awaitingModeration");
    expect(answer.body.data?.trusts.facets.awaitingModeration).toBeNull();
    expect(answer.body.data?.trusts.nodes.map((n) => n.partnershipCount)).toEqual([
      null,
      null,
      null,
    ]);
    expect(count(answer.body.data?.trusts.facets.published ?? [], true)).toBe(2);
  });

  it("refuses to save a search that asks what awaits moderation", async () => {
    const answer = await app.executeRaw(
      `mutation ($input: SaveSearchInput!) {
        saveSearch(input: $input) { __typename ... on ValidationError { issues { path message } } }
      }`,
      { input: { urn: schoolUrn, name: "Queue", filter: { awaitingModeration: true } } },
      schoolMember,
    );
    expect(answer.expectNoErrors().saveSearch).toEqual({
      __typename: "ValidationError",
      issues: [
        {
          path: ["input", "filter", "awaitingModeration"],
          message: "A saved search cannot ask which trusts await moderation.",
        },
      ],
    });
  });
});
