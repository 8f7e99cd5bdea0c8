import { createTestApi, type TestApi } from "@atlas/api/testing";
import { type DemoData, demoPassword } from "@atlas/data";
import { buildTrust, buildUser, figuresInDatabase } from "@atlas/db/testing";
import { type Phase, phases } from "@atlas/domain";
import { readPagePosition } from "@atlas/ui";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readTrustListSearch, trustListVariables } from "../src/dashboard/trust-list-search.ts";
import {
  SchemeOfDelegationEditorDocument,
  SchemeOfDelegationHistoryDocument,
  TrustListDocument,
  TrustOverviewDocument,
  TrustProfileEditorDocument,
  TrustProfileHistoryDocument,
  ViewerDocument,
} from "../src/gql/graphql.ts";
import { accessFrom, dashboardSectionsFor } from "../src/session/access.ts";
import type { SessionClient } from "../src/session/session-client.ts";
import { createBrowser, unreachableNetwork } from "./support/browser.ts";
import { textOf as text, renderRoute as visit } from "./support/render.tsx";
import { demoOf, demoPasswordHash, sessionIn } from "./support/session.ts";

let api: TestApi;
let demo: DemoData;

beforeAll(async () => {
  api = await createTestApi({ demoData: true });
  demo = demoOf(api);
});

afterAll(async () => {
  await api?.close();
});

const trustAdminEmail = "trust-admin@demo.trustatlas.test";
const schoolMemberEmail = "school@demo.trustatlas.test";
const curatorEmail = "curator@demo.trustatlas.test";

/** A demo person as the demo data has them. */
function demoUser(email: string) {
  const user = demo.users.find((u) => u.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return user;
}

function signInForm(fields: Record<string, string>): RequestInit {
  return { method: "POST", body: new URLSearchParams(fields) };
}

/** A new visitor: a browser with no cookie, on the real API. */
const signedOut = () => sessionIn(api);

/** A visitor who signed in through the sign-in page, as a person does. */
async function signedInAs(email: string) {
  const visitor = sessionIn(api);
  const { response } = await visit(
    visitor.session,
    "/sign-in",
    signInForm({ email, password: demoPassword, redirectTo: "/" }),
  );
  expect(response?.headers.get("location")).toBe("/");
  return visitor;
}

/**
 * Fetches what the dashboard's sections ask for once they are on screen. A server render does
 * not wait for queries, so the test runs them first on the session's own client (the real API
 * answers, one request per section as the page itself makes); the render then reads them from
 * its cache.
 */
async function fetchDashboardData(session: SessionClient, path: string) {
  const client = session.current();
  const viewer = await client.query(ViewerDocument, {}).toPromise();
  const access = accessFrom(viewer.data?.viewer?.roles ?? []);
  for (const section of dashboardSectionsFor(access)) {
    if (section.kind === "trust") {
      await client.query(TrustOverviewDocument, { id: section.trust.id, after: null }).toPromise();
    }
    if (section.kind === "trust-list") {
      const params = new URL(path, "http://admin.test").searchParams;
      const variables = trustListVariables(readTrustListSearch(params), readPagePosition(params));
      await client.query(TrustListDocument, variables).toPromise();
    }
  }
}

/** The row headers of the tables on the page, in order. */
const rowHeaders = (html: string) =>
  [...html.matchAll(/<th scope="row"[^>]*>(.*?)<\/th>/g)].map((m) => text(m[1] ?? "").trim());

/** The figures at the top of a trust's overview, e.g. "1,580 pupils". */
const stats = (html: string) =>
  [...html.matchAll(/<p class="ui-stat__figure">(.*?)<\/p>/g)].map((m) => text(m[1] ?? "").trim());

/** The body rows of the table with this caption, as the text of their cells. */
function tableRows(html: string, caption: string): string[][] {
  const table = html
    .split("<table")
    .find(
      (part) => text(part.match(/<caption[^>]*>(.*?)<\/caption>/)?.[1] ?? "").trim() === caption,
    );
  const body = table?.match(/<tbody>(.*?)<\/tbody>/s)?.[1] ?? "";
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[hd] [^>]*>(.*?)<\/t[hd]>/g)].map((cell) =>
      text(cell[1] ?? "").trim(),
    ),
  );
}

/** A trust's phase counts as the register orders phases, with their labels: what the table shows. */
function phaseTableOf(byPhase: Map<Phase, number>): string[][] {
  return phases.entries.flatMap(({ key, label }) => {
    const count = byPhase.get(key);
    return count === undefined ? [] : [[label, count.toLocaleString("en-GB")]];
  });
}

/** How many sessions the API holds for a person. */
async function sessionsOf(email: string) {
  const sessions = await api.database.db.query.sessions.findMany({
    where: { userId: demoUser(email).id },
  });
  return sessions.length;
}

describe("the auth guard", () => {
  it("sends a signed-out visitor to sign in, remembering where they were going", async () => {
    const { session, browser } = signedOut();
    const { response } = await visit(session, "/curation?tab=queue");
    expect(response?.status).toBe(302);
    expect(response?.headers.get("location")).toBe("/sign-in?redirectTo=%2Fcuration%3Ftab%3Dqueue");
    expect(browser.sent("Viewer")).toBe(1);
  });

  it("sends someone already signed in on from the sign-in page", async () => {
    const { session } = await signedInAs(curatorEmail);
    const { response } = await visit(session, "/sign-in?redirectTo=%2Fcuration");
    expect(response?.headers.get("location")).toBe("/curation");
  });
});

describe("when the API cannot be reached", () => {
  it("says there is a problem with the service", async () => {
    // The error page logs the details for developers; keep the test output quiet.
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { session } = sessionIn(api, createBrowser(unreachableNetwork));
      const { html } = await visit(session, "/");
      expect(text(html)).toContain("Sorry, there is a problem with the service");
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});

describe("the sign-in page", () => {
  it("renders a labelled form with one h1 that returns to the page asked for", async () => {
    const { html } = await visit(signedOut().session, "/sign-in?redirectTo=%2Fcuration");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<h1[^>]*tabindex="-1"[^>]*>Sign in<\/h1>/);
    expect(html).toContain('<label class="ui-label" for="email">Email address</label>');
    expect(html).toContain('<label class="ui-label" for="password">Password</label>');
    expect(html).toMatch(/<input[^>]*autoComplete="username"|<input[^>]*autocomplete="username"/i);
    expect(html).toContain('type="hidden" name="redirectTo" value="/curation"');
    expect(html).toContain('href="#main-content"');
    expect(text(html)).toContain("Trust Atlas admin");
  });

  it("says so after signing out", async () => {
    const { html } = await visit(signedOut().session, "/sign-in?signedOut=1");
    expect(text(html)).toContain("You have signed out.");
  });

  it("checks the form before asking the API, and shows the errors", async () => {
    const { session, browser } = signedOut();
    const { html } = await visit(
      session,
      "/sign-in",
      signInForm({ email: "nope", password: "", redirectTo: "/" }),
    );
    expect(browser.sent("SignIn")).toBe(0);
    expect(html).toContain("There is a problem");
    expect(html).toContain('href="#email"');
    expect(html).toContain('href="#password"');
    expect(html).toMatch(/id="email"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="email"/);
    expect(text(html)).toContain("Enter your password.");
    expect(html).toContain('value="nope"');
  });

  it("shows wrong credentials from the API on the form", async () => {
    const { session, browser } = signedOut();
    const { html } = await visit(
      session,
      "/sign-in",
      signInForm({
        email: " Trust-Admin@Demo.TrustAtlas.test ",
        password: "wrong",
        redirectTo: "/",
      }),
    );
    const signIn = browser.requests.find((r) => r.operationName === "SignIn");
    // The domain schema trims and lower-cases the address before it is sent.
    expect(signIn?.variables).toEqual({ input: { email: trustAdminEmail, password: "wrong" } });
    expect(signIn?.headers.get("x-graphql-yoga-csrf")).toBe("1");
    // The API's InvalidCredentialsError, which never says which of the two was wrong.
    expect(text(html)).toContain("The email address or password is not right.");
    expect(browser.cookie("atlas_session")).toBeUndefined();
  });

  it("starts a new session and goes where the visitor was going", async () => {
    const { session, browser } = signedOut();
    const before = session.current();
    const sessionsBefore = await sessionsOf(trustAdminEmail);
    const { response } = await visit(
      session,
      "/sign-in",
      signInForm({ email: trustAdminEmail, password: demoPassword, redirectTo: "/curation" }),
    );
    expect(response?.status).toBe(302);
    expect(response?.headers.get("location")).toBe("/curation");
    // A fresh client: nothing cached while signed out survives into the session.
    expect(session.current()).not.toBe(before);
    expect(browser.cookie("atlas_session")).toBeTruthy();
    expect(await sessionsOf(trustAdminEmail)).toBe(sessionsBefore + 1);
  });

  it("never redirects off the site after signing in", async () => {
    const { response } = await visit(
      signedOut().session,
      "/sign-in",
      signInForm({ email: trustAdminEmail, password: demoPassword, redirectTo: "//evil.example" }),
    );
    expect(response?.headers.get("location")).toBe("/");
  });
});

describe("signing out", () => {
  it("ends the session on the API, forgets the cache and says so", async () => {
    const { session, browser } = await signedInAs(trustAdminEmail);
    expect((await visit(session, "/")).response).toBeUndefined();
    const before = session.current();
    const sessionsBefore = await sessionsOf(trustAdminEmail);

    const { response } = await visit(session, "/sign-out", { method: "POST" });

    expect(response?.headers.get("location")).toBe("/sign-in?signedOut=1");
    expect(session.current()).not.toBe(before);
    expect(browser.cookie("atlas_session")).toBeUndefined();
    expect(await sessionsOf(trustAdminEmail)).toBe(sessionsBefore - 1);
    const { response: afterwards } = await visit(session, "/");
    expect(afterwards?.headers.get("location")).toBe("/sign-in");
  });
});

describe("signed-in pages", () => {
  it("tells a school member the admin is for trusts and the sector body", async () => {
    const { session } = await signedInAs(schoolMemberEmail);
    const { html } = await visit(session, "/");
    const content = text(html);
    expect(content).toContain("The admin app is for trusts and the sector body");
    expect(content).toContain(`as a member of ${demo.demo.school.name}`);
    expect(html).toContain('href="https://trustatlas.example"');
    expect(content).toContain(`Signed in as ${demoUser(schoolMemberEmail).name}`);
    expect(content).not.toContain("Curation");
  });

  it("shows a trust administrator their trust, as the register has it", async () => {
    const { session, browser } = await signedInAs(trustAdminEmail);
    await fetchDashboardData(session, "/");
    const { html } = await visit(session, "/");
    const content = text(html);

    const trust = demo.demo.trustAdminTrust;
    const truth = await figuresInDatabase(api.database.db, trust.id);
    const schoolIds = new Set(
      demo.memberships.filter((m) => m.trustId === trust.id && !m.leftOn).map((m) => m.schoolId),
    );
    const schools = demo.schools.filter((s) => schoolIds.has(s.id));
    expect(truth.schools).toBe(schools.length);
    expect(content).toContain(`Signed in as ${demoUser(trustAdminEmail).name}`);
    expect(content).toContain(`Your trust ${trust.name}`);
    // The figures come with the trust: one request, whatever the size of the trust.
    expect(browser.sent("TrustOverview")).toBe(1);
    expect(stats(html).slice(0, 2)).toEqual([
      `${truth.schools} schools`,
      `${truth.pupils.toLocaleString("en-GB")} pupils`,
    ]);
    expect(tableRows(html, `Schools of ${trust.name} by phase`)).toEqual(
      phaseTableOf(truth.byPhase),
    );
    expect(content).toContain(trustAdminEmail);
    expect(rowHeaders(html)).toEqual(expect.arrayContaining(schools.map((s) => s.name)));
    expect(content).not.toContain("Show more schools");
    expect(content).not.toContain("Loading");
  });

  it("totals a trust too big for one page from one request, and lists its first 100 schools", async () => {
    const { db } = api.database;
    const { trust, schools } = await buildTrust(db, {
      name: "Great Northern Academies",
      schools: [
        ...Array.from({ length: 110 }, (_, i) => ({
          name: `Great Northern Primary ${String(i + 1).padStart(3, "0")}`,
          phase: "PRIMARY" as const,
          // Every tenth school is new, with no pupil count yet.
          pupils: i % 10 === 0 ? null : 200 + i,
        })),
        { name: "Great Northern High School", phase: "SECONDARY" as const, pupils: 1400 },
        {
          name: "Great Northern Pupil Referral Unit",
          phase: "NOT_APPLICABLE" as const,
          pupils: 40,
        },
      ],
    });
    const admin = await buildUser(db, {
      name: "Gina Admin",
      passwordHash: demoPasswordHash,
      roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
    });
    const truth = await figuresInDatabase(db, trust.id);
    expect(truth.schools).toBe(112);
    // 99 primaries with a figure: 200 × 99 + (1 + … + 109) − (10 + 20 + … + 100), then 1,440.
    expect(truth.pupils).toBe(200 * 99 + 5995 - 550 + 1440);

    const { session, browser } = await signedInAs(admin.email);
    await fetchDashboardData(session, "/");
    const { html } = await visit(session, "/");
    const content = text(html);

    expect(browser.sent("TrustOverview")).toBe(1);
    expect(content).toContain("Your trust Great Northern Academies");
    expect(stats(html)).toEqual([
      "112 schools",
      `${truth.pupils.toLocaleString("en-GB")} pupils`,
      "1 administrator",
    ]);
    // In the register's order of phases, as the dashboard has always listed them.
    expect(tableRows(html, "Schools of Great Northern Academies by phase")).toEqual([
      ["Not applicable", "1"],
      ["Primary", "110"],
      ["Secondary", "1"],
    ]);
    expect(tableRows(html, "Schools of Great Northern Academies by phase")).toEqual(
      phaseTableOf(truth.byPhase),
    );
    // The list of schools is paged: the first 100 by name, and a way to the rest.
    const listed = tableRows(html, "Schools in Great Northern Academies").map(([name]) => name);
    const byName = schools.map((s) => s.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(listed).toEqual(byName.slice(0, 100));
    expect(content).toContain("Showing 100 of 112 schools.");
    expect(html).toMatch(/<button type="button"[^>]*>Show more schools<\/button>/);
    expect(content).not.toContain("Loading");
  });

  it("pages a curator through the list of trusts", async () => {
    const { session } = await signedInAs(curatorEmail);
    const first40 = await session.current().query(TrustListDocument, { first: 40 }).toPromise();
    const names = first40.data?.trusts.nodes.map((t) => t.name) ?? [];
    // Counted in the database: tests here add trusts to the demo data.
    const listed = (
      await api.database.db.query.trusts.findMany({
        where: { status: { ne: "CLOSED" } },
        columns: { id: true },
      })
    ).length;

    await fetchDashboardData(session, "/");
    const page1 = await visit(session, "/");
    expect(text(page1.html)).toContain(`${listed} trusts`);
    expect(text(page1.html)).toContain(demo.demo.sectorBody.name);
    expect(rowHeaders(page1.html)).toEqual(names.slice(0, 20));

    const next = page1.html.match(/rel="next" href="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
    expect(next).toMatch(/^\/\?after=[^&]+&page=2$/);
    const nextPage = next ?? "";
    await fetchDashboardData(session, nextPage);
    const page2 = await visit(session, nextPage);
    expect(text(page2.html)).toContain(`Showing 21–40 of ${listed} trusts`);
    expect(rowHeaders(page2.html)).toEqual(names.slice(20, 40));
  });

  it("goes back to the first page when the address has a cursor the API cannot read", async () => {
    const { session, browser } = await signedInAs(curatorEmail);
    const stale = "/?q=trust&after=not-a-cursor&page=3";
    await fetchDashboardData(session, stale);
    const { html } = await visit(session, stale);
    // The API refused the cursor (it was asked), and the list does not blame the connection:
    // the page navigates to the same search from page 1 (followed in the browser journeys).
    expect(browser.sent("TrustList")).toBe(1);
    expect(text(html)).not.toContain("Check your connection");
    expect(text(html)).not.toContain("could not be loaded");
  });

  it("shows which trusts and schools are changing status, as tags", async () => {
    const { db } = api.database;
    const { trust } = await buildTrust(db, {
      name: "Closing Lane Academies",
      status: "PROPOSED_TO_CLOSE",
      schools: [
        { name: "Closing Lane Primary", status: "OPEN_PROPOSED_TO_CLOSE" },
        { name: "Closing Lane Juniors", status: "OPEN" },
      ],
    });
    await buildTrust(db, { name: "Opening Lane Academies", status: "PROPOSED_TO_OPEN" });
    const admin = await buildUser(db, {
      name: "Cleo Admin",
      passwordHash: demoPasswordHash,
      roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
    });
    const tag = (label: string) =>
      new RegExp(`<strong class="ui-tag ui-tag--\\w+">${label}</strong>`);

    const trustAdmin = await signedInAs(admin.email);
    await fetchDashboardData(trustAdmin.session, "/");
    const overview = (await visit(trustAdmin.session, "/")).html;
    const statusOf = (rows: string[][]) => rows.map((row) => [row[0], row[3]]);
    // Name, phase, type, status, …: open is plain, the rest a tag.
    expect(statusOf(tableRows(overview, "Schools in Closing Lane Academies"))).toEqual([
      ["Closing Lane Juniors", "Open"],
      ["Closing Lane Primary", "Open, but proposed to close"],
    ]);
    expect(overview).toMatch(tag("Open, but proposed to close"));

    const curator = await signedInAs(curatorEmail);
    await fetchDashboardData(curator.session, "/?q=Lane%20Academies");
    const list = (await visit(curator.session, "/?q=Lane%20Academies")).html;
    // Name, type, status, …
    expect(tableRows(list, "Trusts, page 1").map((row) => [row[0], row[2]])).toEqual([
      ["Closing Lane Academies", "Proposed to close"],
      ["Opening Lane Academies", "Proposed to open"],
    ]);
    expect(list).toMatch(tag("Proposed to close"));
    expect(list).toMatch(tag("Proposed to open"));
  });

  it("lays out the trust administrator's navigation, marking the current area", async () => {
    const { session } = await signedInAs(trustAdminEmail);
    const { html } = await visit(session, "/partnership-requests");
    expect(html).toMatch(/aria-current="page"[^>]*>.*Partnership requests/);
    // A real page now (its inbox is tested in partnerships.test.tsx), not a planned area.
    expect(html).toMatch(/<h1[^>]*>.*Partnership requests<\/h1>/);
    expect(text(html)).not.toContain("Coming next");
    expect(text(html)).not.toContain("Curation");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it("keeps curation for curators", async () => {
    const trustAdmin = await signedInAs(trustAdminEmail);
    const refused = await visit(trustAdmin.session, "/curation");
    expect(text(refused.html)).toContain("You cannot use this area");

    const curator = await signedInAs(curatorEmail);
    const { html } = await visit(curator.session, "/curation");
    expect(text(html)).not.toContain("You cannot use this area");
    expect(html).toMatch(/aria-current="page"[^>]*>.*Curation/);
  });

  it("shows a not-found page inside the admin", async () => {
    const { session } = await signedInAs(trustAdminEmail);
    const { html } = await visit(session, "/no-such-page");
    expect(text(html)).toContain("Page not found");
    expect(text(html)).toContain(`Signed in as ${demoUser(trustAdminEmail).name}`);
  });
});

/** The trust administrator's trust id as the API gives it (from the viewer's roles). */
async function ownTrustId(session: SessionClient): Promise<string> {
  const viewer = await session.current().query(ViewerDocument, {}).toPromise();
  const id = viewer.data?.viewer?.roles?.find((r) => r.role === "TRUST_ADMIN")?.trust?.id;
  if (!id) throw new Error("not a trust administrator");
  return id;
}

/** What the profile or scheme page asks for, fetched first (a server render does not wait). */
async function fetchDocumentData(session: SessionClient, trustId: string) {
  const client = session.current();
  for (const result of [
    await client.query(TrustProfileEditorDocument, { id: trustId }).toPromise(),
    await client.query(TrustProfileHistoryDocument, { id: trustId }).toPromise(),
    await client.query(SchemeOfDelegationEditorDocument, { id: trustId }).toPromise(),
    await client.query(SchemeOfDelegationHistoryDocument, { id: trustId }).toPromise(),
  ]) {
    expect(result.error).toBeUndefined();
  }
}

/** The text of every label and legend on the page, and the buttons' names. */
const labels = (html: string) =>
  [...html.matchAll(/<(label|legend)[^>]*>(.*?)<\/\1>/g)].map((m) => text(m[2] ?? "").trim());
const buttons = (html: string) =>
  [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => text(m[1] ?? "").trim());
const h2s = (html: string) =>
  [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => text(m[1] ?? "").trim());

describe("the trust profile and scheme of delegation pages", () => {
  it("gives a trust administrator their trust's profile form, publishing and history", async () => {
    const { session } = await signedInAs(trustAdminEmail);
    const trustId = await ownTrustId(session);
    await fetchDocumentData(session, trustId);
    const { html } = await visit(session, "/trust-profile");
    const content = text(html);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<h1[^>]*tabindex="-1"[^>]*>.*Trust profile<\/h1>/);
    expect(content).toContain(demo.demo.trustAdminTrust.name);
    expect(html).toMatch(/aria-current="page"[^>]*>.*Trust profile/);
    expect(labels(html)).toEqual(
      expect.arrayContaining([
        "Vision statement",
        "Values",
        "Ethos",
        "Church governance",
        "Regions the trust works in",
        "Local authorities the trust serves",
        "Find a local authority",
        "How is the central contribution (top-slice) set?",
        "Local governance model",
        "Contacts",
        "Summary of changes",
      ]),
    );
    expect(buttons(html)).toEqual(expect.arrayContaining(["Save draft", "Publish"]));
    expect(h2s(html)).toEqual(
      expect.arrayContaining(["Vision and values", "Finance", "Governance", "Publish", "History"]),
    );
    // England's local authorities by region, each region a details element; only the open
    // ones (those with a choice) hold their checkboxes.
    expect(html.match(/<summary class="admin-details__summary">/g)?.length).toBeGreaterThanOrEqual(
      9,
    );
    const plain = text(html.replace(/<!-- -->/g, ""));
    expect(plain).toMatch(/Yorkshire and the Humber \(\d+ of 15 chosen\)/);
    expect(plain).toContain("North East (0 of 12 chosen)");
    expect(html).not.toContain("style=");
    expect(content).not.toContain("Loading");
  });

  it("gives a trust administrator the scheme grid, a select per cell, and its keys", async () => {
    const { session } = await signedInAs(trustAdminEmail);
    const trustId = await ownTrustId(session);
    await fetchDocumentData(session, trustId);
    const { html } = await visit(session, "/scheme-of-delegation");
    const content = text(html);
    expect(html).toMatch(/<h1[^>]*>.*Scheme of delegation<\/h1>/);
    expect(html).toMatch(/aria-current="page"[^>]*>.*Scheme of delegation/);
    expect(html).toContain('aria-label="Appoint the CEO — Trust board"');
    expect(html.match(/<select id="cell-/g)).toHaveLength(240);
    expect(content).toContain("Using the grid with a keyboard");
    expect(content).toContain("Local autonomy:");
    expect(labels(html)).toEqual(
      expect.arrayContaining(["Start from the model for", "CSV file to import"]),
    );
    expect(buttons(html)).toEqual(
      expect.arrayContaining([
        "Fill the grid from the model",
        "Download the grid as CSV",
        "Import the file",
        "Save draft",
        "Publish",
      ]),
    );
    expect(h2s(html)).toContain("History");
    expect(html).not.toContain("style=");
  });

  it("shows a curator any trust's profile and scheme read only, from the list of trusts", async () => {
    const { session } = await signedInAs(curatorEmail);
    await fetchDashboardData(session, "/");
    const list = (await visit(session, "/")).html;
    const profileLink = list.match(/href="(\/trusts\/[^"]+\/profile)"/)?.[1];
    expect(profileLink).toBeTruthy();
    const trustId = decodeURIComponent(profileLink?.split("/")[2] ?? "");
    await fetchDocumentData(session, trustId);

    const profile = await visit(session, profileLink ?? "");
    expect(text(profile.html)).toContain("You are reading this profile as a curator");
    expect(buttons(profile.html)).not.toContain("Save draft");
    expect(buttons(profile.html)).not.toContain("Publish");
    expect(profile.html).toMatch(/<textarea[^>]*readOnly=""[^>]*name="visionStatement"/);

    const scheme = await visit(
      session,
      profileLink?.replace(/profile$/, "scheme-of-delegation") ?? "",
    );
    expect(text(scheme.html)).toContain("You are reading this scheme as a curator");
    expect(scheme.html).not.toContain('<select id="cell-');
    expect(buttons(scheme.html)).toContain("Download the grid as CSV");
  });

  it("asks a curator to choose a trust, and refuses someone with no role", async () => {
    const curator = await signedInAs(curatorEmail);
    expect(text((await visit(curator.session, "/trust-profile")).html)).toContain("Choose a trust");
    const member = await signedInAs(schoolMemberEmail);
    expect(text((await visit(member.session, "/scheme-of-delegation")).html)).toContain(
      "You cannot see this page",
    );
  });
});
