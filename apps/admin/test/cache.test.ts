import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoPassword } from "@atlas/data";
import {
  type BuiltUser,
  buildSchool,
  buildSectorBody,
  buildTrust,
  buildUser,
  figuresInDatabase,
} from "@atlas/db/testing";
import { cacheExchange } from "@urql/exchange-graphcache";
import { Client, fetchExchange } from "urql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SignInDocument,
  SignOutDocument,
  TrustListDocument,
  TrustOverviewDocument,
  ViewerDocument,
} from "../src/gql/graphql.ts";
import { cacheConfig } from "../src/graphql/cache-config.ts";
import { type Browser, createBrowser } from "./support/browser.ts";
import { demoPasswordHash, signIn } from "./support/session.ts";

let api: TestApi;
/** Holds every kind of role: administers the big trust, curates, and belongs to a school. */
let tia: BuiltUser;
let otherAdmin: BuiltUser;
let bigTrust: { id: string; name: string; urns: number[]; schoolNames: string[] };
let organisations: { trust: string; school: string; sectorBody: string };

const curatorEmail = "curator@demo.trustatlas.test";

beforeAll(async () => {
  api = await createTestApi({ demoData: true });
  const { db } = api.database;
  // More schools than one page of the dashboard's query (100), some without a pupil count.
  const schoolNames = Array.from(
    { length: 103 },
    (_, i) => `School ${String(i + 1).padStart(3, "0")}`,
  );
  const { trust, schools } = await buildTrust(db, {
    name: "Broad Oak Academies",
    schools: schoolNames.map((name, i) => ({
      name,
      phase: i % 3 === 0 ? "SECONDARY" : "PRIMARY",
      pupils: i % 10 === 0 ? null : 150 + i,
    })),
  });
  bigTrust = { id: trust.id, name: trust.name, urns: schools.map((s) => s.urn), schoolNames };
  const school = await buildSchool(db, { name: "Hill Primary School" });
  const body = await buildSectorBody(db, { name: "National Trust Association" });
  organisations = { trust: trust.name, school: school.name, sectorBody: body.name };
  tia = await buildUser(db, {
    name: "Tia Admin",
    passwordHash: demoPasswordHash,
    roles: [
      { role: "TRUST_ADMIN", trustId: trust.id },
      { role: "CURATOR", sectorBodyId: body.id },
      { role: "SCHOOL_MEMBER", schoolId: school.id },
    ],
  });
  otherAdmin = await buildUser(db, {
    name: "Olu Admin",
    passwordHash: demoPasswordHash,
    roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
  });
});

afterAll(async () => {
  await api?.close();
});

/** A client with the app's cache configuration that records every graphcache warning. */
function clientWithCache(browser: Browser = createBrowser(api.fetch)) {
  const warnings: string[] = [];
  const client = new Client({
    url: api.url,
    fetch: browser.fetch,
    preferGetMethod: false,
    fetchOptions: { headers: { "x-graphql-yoga-csrf": "1" } },
    exchanges: [
      cacheExchange({
        ...cacheConfig,
        logger: (severity, message) => {
          if (severity !== "debug") warnings.push(`${severity}: ${message}`);
        },
      }),
      fetchExchange,
    ],
  });
  return { client, browser, warnings };
}

/** The id the API gives the big trust, as the dashboard gets it: from the viewer's roles. */
async function bigTrustId(client: Client): Promise<string> {
  const viewer = await client.query(ViewerDocument, {}).toPromise();
  const id = viewer.data?.viewer?.roles?.find((r) => r.trust?.name === bigTrust.name)?.trust?.id;
  if (!id) throw new Error("the viewer does not administer the big trust");
  return id;
}

/** The names of the trusts the register lists (every one not closed), from the database. */
async function listedTrusts(): Promise<string[]> {
  const rows = await api.database.db.query.trusts.findMany({
    where: { status: { ne: "CLOSED" } },
    columns: { name: true },
  });
  return rows.map((r) => r.name);
}

describe("the graphcache configuration", () => {
  it("normalises every operation of the app without a warning", async () => {
    const { client, warnings } = clientWithCache();

    const invalid = await client
      .mutation(SignInDocument, { input: { email: "x", password: "y" } })
      .toPromise();
    const invalidOutcome = invalid.data?.signIn;
    expect(invalidOutcome?.__typename).toBe("ValidationError");
    if (invalidOutcome?.__typename === "ValidationError") {
      expect(invalidOutcome.issues.map((i) => i.path)).toEqual([["input", "email"]]);
    }
    const wrong = await client
      .mutation(SignInDocument, { input: { email: tia.email, password: "not it" } })
      .toPromise();
    expect(wrong.data?.signIn.__typename).toBe("InvalidCredentialsError");
    const right = await client
      .mutation(SignInDocument, { input: { email: tia.email, password: demoPassword } })
      .toPromise();
    const signedIn = right.data?.signIn;
    expect(signedIn?.__typename === "SignInPayload" && signedIn.viewer.id).toBe(tia.user.id);

    const viewerResult = await client.query(ViewerDocument, {}).toPromise();
    expect(viewerResult.error).toBeUndefined();
    const roles = viewerResult.data?.viewer?.roles ?? [];
    expect(
      roles.map((r) => [r.role, r.trust?.name ?? r.school?.name ?? r.sectorBody?.name]),
    ).toEqual(
      expect.arrayContaining([
        ["TRUST_ADMIN", organisations.trust],
        ["CURATOR", organisations.sectorBody],
        ["SCHOOL_MEMBER", organisations.school],
      ]),
    );
    expect(roles).toHaveLength(3);

    const id = await bigTrustId(client);
    const overview = await client.query(TrustOverviewDocument, { id, after: null }).toPromise();
    expect(overview.error).toBeUndefined();
    expect(overview.data?.trust?.schoolCount).toBe(bigTrust.urns.length);
    const truth = await figuresInDatabase(api.database.db, bigTrust.id);
    expect(overview.data?.trust?.pupilCount).toBe(truth.pupils);
    expect(overview.data?.trust?.phaseCounts.map((p) => [p.phase, p.count])).toEqual([
      ...truth.byPhase,
    ]);
    expect(overview.data?.trust?.administrators?.map((a) => a.user?.email).sort()).toEqual(
      [tia.email, otherAdmin.email].sort(),
    );

    const list = await client.query(TrustListDocument, { first: 20 }).toPromise();
    expect(list.error).toBeUndefined();
    expect(list.data?.trusts.totalCount).toBe((await listedTrusts()).length);

    const signOut = await client.mutation(SignOutDocument, {}).toPromise();
    expect(signOut.data?.signOut.signedOut).toBe(true);

    expect(warnings).toEqual([]);
  });

  it("totals a trust from its first page, and adds each next page of schools to one list", async () => {
    const browser = createBrowser(api.fetch);
    const { client, warnings } = clientWithCache(browser);
    await signIn(client, tia.email, demoPassword);
    const id = await bigTrustId(client);
    const truth = await figuresInDatabase(api.database.db, bigTrust.id);

    const first = await client.query(TrustOverviewDocument, { id, after: null }).toPromise();
    const firstPage = first.data?.trust?.schools;
    expect(firstPage?.nodes).toHaveLength(100);
    expect(firstPage?.pageInfo.hasNextPage).toBe(true);
    // The figures count every school, not the 100 of the page.
    expect(first.data?.trust?.pupilCount).toBe(truth.pupils);
    expect(first.data?.trust?.phaseCounts.map((p) => [p.phase, p.count])).toEqual([
      ...truth.byPhase,
    ]);
    expect(browser.sent("TrustOverview")).toBe(1);

    // "Show more schools": the next page by cursor.
    const second = await client
      .query(TrustOverviewDocument, { id, after: firstPage?.pageInfo.endCursor ?? null })
      .toPromise();
    expect(second.data?.trust?.pupilCount).toBe(truth.pupils);

    const schools = second.data?.trust?.schools;
    // Every school once, in the API's order (by name).
    expect(schools?.nodes.map((s) => s.name)).toEqual(bigTrust.schoolNames);
    expect(new Set(schools?.nodes.map((s) => s.urn))).toEqual(new Set(bigTrust.urns));
    expect(schools?.totalCount).toBe(bigTrust.urns.length);
    expect(schools?.pageInfo.hasNextPage).toBe(false);
    expect(browser.sent("TrustOverview")).toBe(2);
    expect(warnings).toEqual([]);
  });

  it("keeps the curators' list of trusts a page per cursor, going forward and back", async () => {
    const browser = createBrowser(api.fetch);
    const { client, warnings } = clientWithCache(browser);
    await signIn(client, curatorEmail, demoPassword);
    const listed = await listedTrusts();

    const page1 = await client.query(TrustListDocument, { first: 20 }).toPromise();
    const first = page1.data?.trusts;
    expect(first?.totalCount).toBe(listed.length);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const page2 = await client
      .query(TrustListDocument, { first: 20, after: first?.pageInfo.endCursor ?? null })
      .toPromise();
    const second = page2.data?.trusts;
    const back = await client
      .query(TrustListDocument, { last: 20, before: second?.pageInfo.startCursor ?? null })
      .toPromise();

    const ids = (page: typeof first) => page?.nodes.map((t) => t.id) ?? [];
    expect(ids(first)).toHaveLength(20);
    expect(ids(second)).toHaveLength(20);
    // Pages are not merged: page 2 holds only its own trusts, all of them listed ones.
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
    const names = [...(first?.nodes ?? []), ...(second?.nodes ?? [])].map((t) => t.name);
    for (const name of names) expect(listed).toContain(name);
    expect(ids(back.data?.trusts)).toEqual(ids(first));
    expect(browser.sent("TrustList")).toBe(3);

    // Back on page 1 by its address: answered from the cache, same trusts.
    const again = await client.query(TrustListDocument, { first: 20 }).toPromise();
    expect(ids(again.data?.trusts)).toEqual(ids(first));
    expect(browser.sent("TrustList")).toBe(3);
    expect(warnings).toEqual([]);
  });
});
