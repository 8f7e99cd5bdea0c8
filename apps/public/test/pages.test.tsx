import { createTestApi, type TestApi } from "@atlas/api/testing";
import { tables } from "@atlas/db";
import { addToTrust, buildSchools, buildTrust, figuresInDatabase } from "@atlas/db/testing";
import { modelScheme, type TrustProfileInput } from "@atlas/domain";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import SchoolPage, { loader as schoolLoader } from "../app/routes/school.tsx";
import TrustPage, { loader as trustLoader } from "../app/routes/trust.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, routeFetchTo, trustIdOf } from "./support/api.ts";

// The loaders ask the real API, in process, on a fresh database; each test builds its tenant.
let api: TestApi;
let calls: ApiCall[];

beforeAll(async () => {
  api = await createTestApi();
});

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  calls = routeFetchTo(api);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** What a loader threw, or fails the test if it returned. */
async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the loader to throw");
}

/** The status of a `data(…, { status })` or Response that a loader threw. */
function statusOf(thrown: unknown): number | undefined {
  if (thrown instanceof Response) return thrown.status;
  if (typeof thrown === "object" && thrown !== null && "init" in thrown) {
    const init = (thrown as { init?: { status?: number } | null }).init;
    return init?.status;
  }
  return undefined;
}

/** The loader's arguments for a trust's page, as the router gives them for its link. */
function trustPageArgs(id: string, search = "") {
  return routeArgs(`/trusts/${encodeURIComponent(id)}${search}`, { id });
}

type TrustLoaderData = Awaited<ReturnType<typeof trustLoader>>;

/** The trust page as the server renders it for what its loader returned. */
function renderTrustPage(id: string, loaderData: TrustLoaderData): string {
  const Stub = createRoutesStub([
    { id: "trust", path: "/trusts/:id", Component: TrustPage, loader: () => loaderData },
  ]);
  return renderToString(
    <Stub
      initialEntries={[`/trusts/${encodeURIComponent(id)}`]}
      hydrationData={{ loaderData: { trust: loaderData } }}
    />,
  );
}

/** Markup as a reader hears it: tags gone, entities decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** The figures at the top of the page, e.g. "1,580 pupils". */
const stats = (html: string) =>
  [...html.matchAll(/<p class="ui-stat__figure">(.*?)<\/p>/g)].map((m) => text(m[1] ?? ""));

/** The value of one row of the "About the trust" list, by its key. */
function summaryValue(html: string, key: string): string | undefined {
  const rows = html.matchAll(/<dt[^>]*>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>/g);
  for (const [, dt = "", dd = ""] of rows) if (text(dt) === key) return text(dd);
  return undefined;
}

/** The bars of the "Schools by phase" chart: [phase, schools]. */
function phaseRows(html: string): string[][] {
  const section = html.match(/id="phases-heading".*?<\/figure>/s)?.[0] ?? "";
  return [
    ...section.matchAll(
      /<span class="ui-bar-chart__label">(.*?)<\/span> <span class="ui-bar-chart__value">(.*?)<\/span><svg/g,
    ),
  ].map(([, label = "", value = ""]) => [text(label), text(value).split(" ")[0] ?? ""]);
}

describe("the trust page", () => {
  it("is a 404 for a malformed ID (the API's BAD_USER_INPUT)", async () => {
    const thrown = await thrownBy(trustLoader(routeArgs("/trusts/nonsense", { id: "nonsense" })));
    expect(statusOf(thrown)).toBe(404);
    // The API was asked, and refused the ID.
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
  });

  it("is a 404 for a trust that does not exist", async () => {
    const { trust: gone } = await buildTrust(api.database.db, { name: "Gone Learning Trust" });
    const id = await trustIdOf(api, gone.groupId ?? "");
    await api.database.db.execute(`delete from trusts where id = '${gone.id}'`);
    const thrown = await thrownBy(trustLoader(trustPageArgs(id)));
    expect(statusOf(thrown)).toBe(404);
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
  });

  it("is a 500 for any other API error (here, the database failing)", async () => {
    const { trust } = await buildTrust(api.database.db, { name: "Unlucky Trust", schools: [{}] });
    const id = await trustIdOf(api, trust.groupId ?? "");
    await api.database.db.execute("alter table trusts rename to trusts_unavailable");
    let thrown: unknown;
    try {
      thrown = await thrownBy(trustLoader(trustPageArgs(id)));
    } finally {
      await api.database.db.execute("alter table trusts_unavailable rename to trusts");
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(String(thrown)).toMatch(/GraphQL API request failed/);
    expect(statusOf(thrown)).toBeUndefined();
  });

  it("shows the trust's details, its schools by phase and its total pupils", async () => {
    const { db } = api.database;
    const { trust, schools } = await buildTrust(db, {
      name: "Oak Learning Trust",
      groupId: "TR01234",
      companiesHouseNumber: "07654321",
      ukprn: "10012345",
      openedOn: "2012-09-01",
      headOfficePostcode: "NW1 2AB",
      schools: [
        { name: "Acorn Primary Academy", phase: "PRIMARY", pupils: 200 },
        { name: "Beech Primary Academy", phase: "PRIMARY", pupils: 300 },
        { name: "Chestnut Secondary Academy", phase: "SECONDARY", pupils: 1000 },
        { name: "Dell Special Academy", phase: "NOT_APPLICABLE", pupils: 80 },
      ],
    });
    // A school that has left the trust counts for nothing and is not listed.
    const [elm] = await buildSchools(db, [
      { name: "Elm Former Academy", phase: "SECONDARY", pupils: 900 },
    ]);
    await addToTrust(db, trust.id, elm ? [elm] : [], {
      joinedOn: "2013-09-01",
      leftOn: "2019-08-31",
    });
    const truth = await figuresInDatabase(db, trust.id);
    expect(truth).toEqual({
      schools: 4,
      pupils: 1580,
      byPhase: new Map([
        ["PRIMARY", 2],
        ["SECONDARY", 1],
        ["NOT_APPLICABLE", 1],
      ]),
    });
    const id = await trustIdOf(api, "TR01234");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    // The figures come with the trust, in the one request.
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(calls[0]?.variables).toEqual({ id, first: 100 });
    expect(loaderData.trust.schools.nodes.map((s) => s.name)).toEqual(schools.map((s) => s.name));
    expect(loaderData.pupils).toBe(truth.pupils);
    // Youngest pupils first, Not applicable last, as the page has always listed them.
    expect(loaderData.byPhase).toEqual([
      { phase: "PRIMARY", count: 2 },
      { phase: "SECONDARY", count: 1 },
      { phase: "NOT_APPLICABLE", count: 1 },
    ]);
    expect(new Map(loaderData.byPhase.map((p) => [p.phase, p.count]))).toEqual(truth.byPhase);

    const html = renderTrustPage(id, loaderData);
    expect(html).toMatch(/<h1[^>]*>.*Oak Learning Trust<\/h1>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain(trust.groupId);
    expect(html).toContain("07654321");
    expect(html).toContain("1 September 2012");
    expect(stats(html)).toEqual(["4 schools", "1,580 pupils", "4 academies", "1 region"]);
    expect(summaryValue(html, "Pupils")).toBe("1,580");
    expect(summaryValue(html, "Number of schools")).toBe("4");
    expect(html).toContain("Number of Oak Learning Trust schools in each phase");
    expect(phaseRows(html)).toEqual([
      ["Primary", "2"],
      ["Secondary", "1"],
      ["Not applicable", "1"],
    ]);
    for (const school of schools) expect(html).toContain(`href="/schools/${school.urn}"`);
    expect(html).not.toContain("Elm Former Academy");
    expect(html).toContain("Academy converter");
    expect(html).toContain("Camden");
  });

  it("counts every school of a trust too big for one page, in one request", async () => {
    const { db } = api.database;
    const { trust } = await buildTrust(db, {
      name: "Very Large Learning Trust",
      schools: [
        ...Array.from({ length: 100 }, (_, i) => ({
          name: `Big Primary ${String(i).padStart(3, "0")}`,
          phase: "PRIMARY" as const,
          pupils: 100 + i,
        })),
        // New schools with no pupil figure yet.
        ...Array.from({ length: 30 }, (_, i) => ({
          name: `Big Secondary ${String(i).padStart(3, "0")}`,
          phase: "SECONDARY" as const,
          pupils: null,
        })),
        { name: "Big Sixth Form", phase: "SIXTEEN_PLUS" as const, pupils: 650 },
      ],
    });
    const truth = await figuresInDatabase(db, trust.id);
    // 100 × 100 + (0 + 1 + … + 99) + 650
    expect(truth.pupils).toBe(15_600);
    expect(truth.schools).toBe(131);
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    // One request: the first page of schools to list, and the figures for all of them.
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(loaderData.trust.schoolCount).toBe(truth.schools);
    expect(loaderData.trust.schools.nodes).toHaveLength(100);
    expect(loaderData.pupils).toBe(truth.pupils);
    expect(loaderData.byPhase).toEqual([
      { phase: "PRIMARY", count: 100 },
      { phase: "SECONDARY", count: 30 },
      { phase: "SIXTEEN_PLUS", count: 1 },
    ]);
    expect(new Map(loaderData.byPhase.map((p) => [p.phase, p.count]))).toEqual(truth.byPhase);
    expect(loaderData.totalPages).toBe(2);

    const html = renderTrustPage(id, loaderData);
    expect(stats(html)).toEqual(["131 schools", "15,600 pupils", "131 academies", "1 region"]);
    expect(summaryValue(html, "Pupils")).toBe("15,600");
    expect(phaseRows(html)).toEqual([
      ["Primary", "100"],
      ["Secondary", "30"],
      ["16 plus", "1"],
    ]);
    expect(html).toContain("Schools in Very Large Learning Trust, page 1 of 2");
    // This page's 100 schools, each linked from the map's list, the pupils chart and the table.
    expect(new Set(html.match(/href="\/schools\/\d+"/g))).toHaveProperty("size", 100);
    expect(html.match(/href="\/schools\/\d+"/g)).toHaveLength(300);
    expect(text(html)).toContain("The schools on this page of the list below (page 1 of 2).");

    // The next-page link carries the API's cursor, and leads to the other 31 schools.
    const { endCursor } = loaderData.trust.schools.pageInfo;
    expect(endCursor).toBeTruthy();
    const pathname = `/trusts/${encodeURIComponent(id)}`;
    const next = new URLSearchParams({ after: endCursor ?? "", page: "2" });
    expect(loaderData.links).toEqual({ previous: null, next: `${pathname}?${next}` });

    calls.length = 0;
    const secondPage = await trustLoader(trustPageArgs(id, `?${next}`));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(calls[0]?.variables).toEqual({ id, first: 100, after: endCursor });
    expect(secondPage.page).toBe(2);
    expect(secondPage.trust.schools.nodes).toHaveLength(31);
    expect(secondPage.trust.schools.nodes.map((s) => s.phase)).toEqual([
      ...Array.from({ length: 30 }, () => "SECONDARY"),
      "SIXTEEN_PLUS",
    ]);
    expect(secondPage.links).toEqual({ previous: pathname, next: null });
    // Every page shows the whole trust's figures, not its own page's.
    expect(secondPage.pupils).toBe(truth.pupils);
    expect(secondPage.byPhase).toEqual(loaderData.byPhase);
    const secondHtml = renderTrustPage(id, secondPage);
    expect(stats(secondHtml)).toEqual([
      "131 schools",
      "15,600 pupils",
      "131 academies",
      "1 region",
    ]);
    expect(secondHtml).toContain("Schools in Very Large Learning Trust, page 2 of 2");

    // Paging back by cursor: the query's default page size (`first`) is cleared for `last`.
    const { startCursor } = secondPage.trust.schools.pageInfo;
    calls.length = 0;
    const back = await trustLoader(
      trustPageArgs(id, `?${new URLSearchParams({ before: startCursor ?? "", page: "1" })}`),
    );
    expect(calls[0]?.variables).toEqual({ id, first: null, last: 100, before: startCursor });
    expect(back.trust.schools.nodes.map((s) => s.name)).toEqual(
      loaderData.trust.schools.nodes.map((s) => s.name),
    );
  });

  it("shows the first page of schools, and says so, for a page link it cannot follow", async () => {
    const { trust } = await buildTrust(api.database.db, {
      name: "Small Steady Trust",
      schools: [{ name: "Only Primary School" }],
    });
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const stale = await trustLoader(trustPageArgs(id, "?after=garbage&page=2"));
    expect(calls.map((c) => c.variables)).toEqual([
      { id, first: 100, after: "garbage" },
      { id, first: 100 },
    ]);
    expect(stale.trust.schools.nodes).toHaveLength(1);
    const html = renderTrustPage(id, stale);
    expect(html).toContain("Part of the link was not understood");
    expect(text(html)).toContain(
      "The link to this page of results was out of date or incomplete, so the first page is shown.",
    );

    const tooFar = renderTrustPage(id, await trustLoader(trustPageArgs(id, "?page=999")));
    expect(text(tooFar)).toContain("There is no page “999” of these results to go to");
    const plain = renderTrustPage(id, await trustLoader(trustPageArgs(id)));
    expect(plain).not.toContain("ui-error-summary");
  });

  it("shows no pupil figure when none of the trust's schools reports one", async () => {
    const { db } = api.database;
    const { trust } = await buildTrust(db, {
      name: "Brand New Academies Trust",
      schools: [
        { name: "New Primary Free School", phase: "PRIMARY", pupils: null },
        { name: "New Secondary Free School", phase: "SECONDARY", pupils: null },
      ],
    });
    expect((await figuresInDatabase(db, trust.id)).pupils).toBe(0);
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(loaderData.pupils).toBeNull();

    const html = renderTrustPage(id, loaderData);
    expect(stats(html)).toEqual(["2 schools", "2 academies", "1 region"]);
    expect(summaryValue(html, "Pupils")).toBe("Not recorded");
    expect(phaseRows(html)).toEqual([
      ["Primary", "1"],
      ["Secondary", "1"],
    ]);
  });

  it("marks a school proposed to close, or to open, in the trust's list of schools", async () => {
    const { trust } = await buildTrust(api.database.db, {
      name: "Changing Schools Trust",
      schools: [
        { name: "Steady Primary School" },
        { name: "Closing Primary School", status: "OPEN_PROPOSED_TO_CLOSE" },
        { name: "Opening Primary School", status: "PROPOSED_TO_OPEN" },
      ],
    });
    const id = await trustIdOf(api, trust.groupId ?? "");
    const html = renderTrustPage(id, await trustLoader(trustPageArgs(id)));
    const rowOf = (name: string) =>
      text(html.match(new RegExp(`<tr>(?:(?!</tr>).)*>${name}</a>.*?</tr>`))?.[0] ?? "");
    expect(rowOf("Closing Primary School")).toMatch(/^Closing Primary School Proposed to close /);
    expect(rowOf("Opening Primary School")).toMatch(/^Opening Primary School Proposed to open /);
    expect(rowOf("Steady Primary School")).toMatch(/^Steady Primary School Primary /);
  });

  it("shows a trust that runs no schools yet without figures by phase", async () => {
    const { trust } = await buildTrust(api.database.db, { name: "Empty Shell Trust" });
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;

    const loaderData = await trustLoader(trustPageArgs(id));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(loaderData.pupils).toBeNull();
    expect(loaderData.byPhase).toEqual([]);

    const html = renderTrustPage(id, loaderData);
    expect(stats(html)).toEqual(["0 schools"]);
    expect(summaryValue(html, "Pupils")).toBe("Not recorded");
    expect(summaryValue(html, "Size")).toBe("No schools yet");
    expect(html).not.toContain("Schools by phase");
    expect(text(html)).toContain("The trust runs no schools at the moment.");
  });
});

/** The page's headings in order: [level, text]. */
function headingsOf(html: string): [number, string][] {
  return [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/gs)].map(([, level = "", inner = ""]) => [
    Number(level),
    text(inner),
  ]);
}

/** A profile a trust might publish: every part filled in. */
const oakProfile: TrustProfileInput = {
  visionStatement: "Every child in our valley thrives.\n\nNo school stands alone.",
  values: [
    { value: "INCLUSION", statement: "Our special schools lead our work on SEND." },
    { value: "SCHOOL_AUTONOMY", statement: "Heads run their schools." },
  ],
  ethos: "Small schools, one family.",
  qualityStatements: {
    WORKFORCE: "We train our own teachers.",
    HIGH_QUALITY_INCLUSIVE_EDUCATION: "Every pupil reads by seven.",
  },
  faith: {
    churchGovernanceLevel: "MINORITY",
    dioceses: ["Diocese of Manchester"],
    faithDesignation: "Church of England",
  },
  geography: {
    regions: ["NORTH_WEST"],
    localAuthorityCodes: ["352", "351"],
    growthAreas: ["Rossendale", "Bury"],
  },
  growth: {
    stage: "GROWING",
    openToNewSchools: true,
    openToPartnerships: false,
    capacity: 4,
    seeking: { phases: ["SECONDARY", "PRIMARY"], establishmentTypes: ["COMMUNITY"], areas: [] },
  },
  schoolImprovementOffer: "Subject networks across every school.",
  centralServices: ["SEND", "HR", "FINANCE"],
  finance: {
    contribution: { kind: "RANGE", minPercent: 3, maxPercent: 5, variesBy: "school size" },
    gagPooling: false,
    budgetDelegation: "Each school sets its own budget.",
    capitalApproach: "A rolling estates plan.",
    reserves: { pooled: true, targetPercent: 5, policy: "Held centrally for emergencies." },
    accountsUrl: "https://oak.example.org/accounts",
  },
  governance: {
    members: 5,
    trustees: 9,
    localGovernanceModel: "LOCAL_GOVERNING_BODIES",
    contacts: [{ name: "Ann Oak", role: "Chief executive", email: "ann@oak.example.org" }],
  },
};

describe("the trust page's profile and scheme of delegation", () => {
  async function publish(
    trustId: string,
    kind: "PROFILE" | "SCHEME_OF_DELEGATION",
    content: unknown,
    number: number,
    publishedAt: string,
    changeSummary: string,
  ) {
    await api.database.db.insert(tables.trustDocumentVersions).values({
      trustId,
      kind,
      number,
      content,
      draftVersion: number,
      changeSummary,
      publishedAt: new Date(publishedAt),
    });
  }

  it("shows everything the trust published, in reading order, from one request of at most 3 statements", async () => {
    const { trust, schools } = await buildTrust(api.database.db, {
      name: "Oak Valley Trust",
      schools: [
        { name: "Acorn Primary", phase: "PRIMARY", pupils: 210, latitude: 53.7, longitude: -2.29 },
        { name: "Beech High", phase: "SECONDARY", pupils: 900 },
        {
          name: "Cedar Special Academy",
          phase: "NOT_APPLICABLE",
          establishmentType: "ACADEMY_SPECIAL_CONVERTER",
          pupils: 80,
          latitude: null,
          longitude: null,
        },
      ],
    });
    await publish(
      trust.id,
      "PROFILE",
      { visionStatement: "Old words." },
      1,
      "2025-09-01T09:00:00Z",
      "First profile",
    );
    await publish(
      trust.id,
      "PROFILE",
      oakProfile,
      2,
      "2026-03-04T10:30:00Z",
      "Added our growth plans.",
    );
    await publish(
      trust.id,
      "SCHEME_OF_DELEGATION",
      { cells: modelScheme("LOCAL_GOVERNING_BODIES") },
      1,
      "2026-02-01T12:00:00Z",
      "First scheme.",
    );
    const id = await trustIdOf(api, trust.groupId ?? "");
    calls.length = 0;
    api.database.resetStatements();

    const loaderData = await trustLoader(trustPageArgs(id));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    // The API's own limit for this page (apps/api/test/public-trust-page.test.ts).
    expect(api.database.statements.length).toBeLessThanOrEqual(3);
    expect(loaderData.trust.profile?.number).toBe(2);
    expect(loaderData.mapTiles).toEqual({ tileUrl: null, tileAttribution: null });
    expect(loaderData.mapSchools.map((s) => [s.name, s.latitude])).toEqual([
      ["Acorn Primary", 53.7],
      ["Beech High", 51.54],
      ["Cedar Special Academy", null],
    ]);

    const html = renderTrustPage(id, loaderData);
    const page = text(html);
    // Never a style attribute: the CSP (style-src 'self') would block it.
    expect(html).not.toMatch(/\sstyle=/);
    // Headings go down one level at a time, and there is one h1.
    const headings = headingsOf(html);
    expect(headings.filter(([level]) => level === 1)).toHaveLength(1);
    for (const [index, [level]] of headings.entries()) {
      if (index > 0) expect(level).toBeLessThanOrEqual((headings[index - 1]?.[0] ?? 1) + 1);
    }
    expect(headings.filter(([level]) => level === 2).map(([, title]) => title)).toEqual([
      "Contents",
      "At a glance",
      "Vision and values",
      "Ethos",
      "Trust quality",
      "Faith",
      "Where the trust works",
      "Growth",
      "School improvement",
      "Central services",
      "Finance",
      "Governance",
      "Scheme of delegation",
      "Map of the schools",
      "Pupils per school",
      "Schools in the trust",
      "Register details",
    ]);
    expect(headings.filter(([level]) => level === 3).map(([, title]) => title)).toEqual([
      "Schools by phase",
      "Types of school",
      "Inclusion",
      "School autonomy",
      "High-quality and inclusive education",
      "Workforce",
    ]);
    // The contents list links to every part, in the same order.
    const contents = html.match(/<nav aria-labelledby="contents-heading".*?<\/nav>/s)?.[0] ?? "";
    const targets = [...contents.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(loaderData.sections.map((s) => s.id));
    for (const target of targets) expect(html).toContain(`<section id="${target}"`);

    expect(page).toContain("Profile version 2, published 4 March 2026: Added our growth plans.");
    expect(page).toContain(
      "Scheme of delegation version 1, published 1 February 2026: First scheme.",
    );
    expect(page).not.toContain("Old words.");
    expect(page).not.toContain("has not published");
    // At a glance: derived figures only.
    expect(stats(html)).toEqual(["3 schools", "1,190 pupils", "3 academies", "1 region"]);
    expect(page).toContain("Not large enough for a School Condition Allocation");
    expect(page).toContain("The trust runs 1 special school, and no alternative provision.");
    expect(page).toContain("Academy special converter Special");
    expect(phaseRows(html)).toEqual([
      ["Primary", "1"],
      ["Secondary", "1"],
      ["Not applicable", "1"],
    ]);
    // The trust's words, with our labels and what they mean.
    expect(html).toContain(
      '<p class="ui-body-l trust-words">Every child in our valley thrives.</p>',
    );
    expect(page).toContain(
      "Inclusion Every child belongs and is taught well, whatever their needs or background. Our special schools lead our work on SEND.",
    );
    expect(summaryValue(html, "Church governance")).toBe(
      "Church minority A church body appoints some, but fewer than 51%, of the members and trustees.",
    );
    expect(summaryValue(html, "Diocese")).toBe("Diocese of Manchester");
    expect(summaryValue(html, "Regions")).toBe("North West");
    expect(summaryValue(html, "Local authorities")).toBe("Bury and Manchester");
    expect(summaryValue(html, "Growth areas")).toBe("Rossendale and Bury");
    expect(summaryValue(html, "Stage")).toMatch(/^Growing A trust adding schools/);
    expect(summaryValue(html, "Open to new schools")).toBe("Yes");
    expect(summaryValue(html, "Open to trust partnerships")).toBe("No");
    expect(summaryValue(html, "Room for")).toBe("Up to 4 more schools");
    expect(summaryValue(html, "Phases sought")).toBe("Primary and Secondary");
    expect(summaryValue(html, "Areas sought")).toBe("Any");
    expect(page).toContain("Human resources Finance Special educational needs support");
    expect(summaryValue(html, "Central services contribution")).toMatch(
      /^3–5%, varies by school size The share of each school's funding/,
    );
    expect(summaryValue(html, "General Annual Grant (GAG)")).toBe(
      "Not pooled: each school keeps its own General Annual Grant",
    );
    expect(summaryValue(html, "Reserves")).toBe(
      "Pooled centrally, with a target of 5% Held centrally for emergencies.",
    );
    expect(html).toContain('href="https://oak.example.org/accounts"');
    expect(summaryValue(html, "Members")).toBe("5");
    expect(summaryValue(html, "Trustees")).toBe("9");
    expect(summaryValue(html, "Local governance")).toBe(
      "Local governing bodies Each school has a local governing committee with delegated decisions.",
    );
    expect(html).toContain('href="mailto:ann@oak.example.org"');
    expect(summaryValue(html, "Contacts")).toBe("Ann Oak , Chief executive : ann@oak.example.org");
    // The pictures: the heatmap, the map (a dot map and a list without JavaScript), the chart.
    expect(html).toContain("Who decides what in Oak Valley Trust");
    expect(page).toMatch(/Local autonomy \d+%/);
    expect(html).toContain('class="ui-dot-map"');
    expect(page).toContain(
      "Cedar Special Academy Academy special converter, Camden No location recorded",
    );
    expect(page).toContain("Pupils on roll at each Oak Valley Trust school, largest first");
    for (const school of schools) expect(html).toContain(`href="/schools/${school.urn}"`);
    // The register's details are still there.
    expect(summaryValue(html, "Group ID")).toBe(trust.groupId);
  });

  it("says so, honestly, when the trust has published no profile or scheme, and still shows its facts", async () => {
    const { trust } = await buildTrust(api.database.db, {
      name: "Quiet Lane Trust",
      schools: [
        { name: "Quiet Primary", phase: "PRIMARY", pupils: 400 },
        {
          name: "Lane Alternative",
          establishmentType: "FREE_SCHOOL_AP",
          phase: "SECONDARY",
          pupils: 40,
        },
      ],
    });
    const id = await trustIdOf(api, trust.groupId ?? "");
    const loaderData = await trustLoader(trustPageArgs(id));
    expect(loaderData.trust.profile).toBeNull();
    expect(loaderData.trust.schemeOfDelegation).toBeNull();
    const html = renderTrustPage(id, loaderData);
    const page = text(html);
    expect(html).not.toMatch(/\sstyle=/);
    expect(page).toContain("This trust has not published a profile on Trust Atlas yet");
    expect(page).toContain(
      "This trust has not published a scheme of delegation on Trust Atlas yet.",
    );
    expect(headingsOf(html).map(([level, title]) => `${level} ${title}`)).toEqual([
      "1 Multi-academy trust Quiet Lane Trust",
      "2 Information : This trust has not published a profile on Trust Atlas yet",
      "2 Contents",
      "2 At a glance",
      "3 Schools by phase",
      "3 Types of school",
      "2 Scheme of delegation",
      "2 Map of the schools",
      "2 Pupils per school",
      "2 Schools in the trust",
      "2 Register details",
    ]);
    expect(stats(html)).toEqual(["2 schools", "440 pupils", "2 academies", "1 region"]);
    expect(page).toContain("The trust runs 1 alternative provision school, and no special school.");
    expect(page).not.toContain("Profile version");
    expect(html).toContain("Schools in Quiet Lane Trust");
  });
});

describe("the trust page's verification", () => {
  it("marks a trust no sector body has verified, and names who verified one and when", async () => {
    const { trust } = await buildTrust(api.database.db, { name: "Checked Trust" });
    const id = await trustIdOf(api, trust.groupId ?? "");
    const before = text(renderTrustPage(id, await trustLoader(trustPageArgs(id))));
    expect(before).toContain(
      "Not verified No sector body has checked this listing with the trust yet.",
    );
    const [body] = await api.database.db
      .insert(tables.sectorBodies)
      .values({ slug: "verifiers", name: "Confederation of School Trusts" })
      .returning();
    await api.database.db.insert(tables.trustVerifications).values({
      trustId: trust.id,
      sectorBodyId: body?.id ?? "",
      verifiedByName: "Cora Curator",
      registerMatch: true,
      contactConfirmed: true,
      contactName: "Dana Chief",
      checkedOn: "2026-11-30",
    });
    const after = text(renderTrustPage(id, await trustLoader(trustPageArgs(id))));
    expect(after).toContain(
      "Verified Checked against the register and confirmed with the trust by Confederation of School Trusts on 30 November 2026.",
    );
    // The checks' details are the curators': the public page never asks for them.
    expect(after).not.toContain("Dana Chief");
  });
});

describe("the school page", () => {
  it("is a 404 for something that is not a URN, without asking the API", async () => {
    for (const urn of ["12345", "1234567", "abc123", "100000.0"]) {
      const thrown = await thrownBy(schoolLoader(routeArgs(`/schools/${urn}`, { urn })));
      expect(statusOf(thrown)).toBe(404);
    }
    expect(calls).toHaveLength(0);
  });

  it("is a 404 for a URN with no school", async () => {
    const [school] = await buildSchools(api.database.db, [{ urn: 999_998 }]);
    expect(school?.urn).toBe(999_998);
    const thrown = await thrownBy(schoolLoader(routeArgs("/schools/999999", { urn: "999999" })));
    expect(statusOf(thrown)).toBe(404);
    expect(calls.map((c) => c.operationName)).toEqual(["SchoolPage"]);
  });

  it("shows the school, its trust since when, and its past trusts", async () => {
    const { db } = api.database;
    const [school] = await buildSchools(db, [
      {
        name: "St Mary's CE Primary School",
        establishmentType: "ACADEMY_CONVERTER",
        phase: "PRIMARY",
        religiousCharacter: "CHURCH_OF_ENGLAND",
        diocese: "Diocese of London",
        pupils: 205,
        capacity: 210,
        postcode: "NW1 1AA",
      },
    ]);
    if (!school) throw new Error("school not built");
    const { trust: cedar } = await buildTrust(db, { name: "Cedar Trust" });
    const { trust: oak } = await buildTrust(db, { name: "Oak Trust" });
    await addToTrust(db, oak.id, [school], { joinedOn: "2015-09-01", leftOn: "2020-03-31" });
    await addToTrust(db, cedar.id, [school], { joinedOn: "2020-04-01" });
    const cedarId = await trustIdOf(api, cedar.groupId ?? "");
    calls.length = 0;

    const loaderData = await schoolLoader(
      routeArgs(`/schools/${school.urn}`, { urn: String(school.urn) }),
    );
    expect(calls[0]?.variables).toEqual({ urn: school.urn });
    expect(loaderData.school.trust).toEqual({ id: cedarId, name: "Cedar Trust" });
    expect(loaderData.joinedCurrentTrustOn).toBe("2020-04-01");
    expect(loaderData.pastMemberships.map((m) => m.trust.name)).toEqual(["Oak Trust"]);

    const Stub = createRoutesStub([
      { id: "school", path: "/schools/:urn", Component: SchoolPage, loader: () => loaderData },
    ]);
    const html = renderToString(
      <Stub
        initialEntries={[`/schools/${school.urn}`]}
        hydrationData={{ loaderData: { school: loaderData } }}
      />,
    );
    expect(html).toContain("St Mary&#x27;s CE Primary School");
    expect(html).toContain("Church of England");
    expect(html).toContain("205 pupils, 210 places");
    expect(html).toContain("1 April 2020");
    expect(html).toContain(`href="/trusts/${encodeURIComponent(cedarId)}"`);
    expect(html).toContain("Past trusts");
    expect(html).toContain("Oak Trust");
    expect(html).toContain("31 March 2020");
  });
});
