import { createTestApi, type TestApi } from "@atlas/api/testing";
import { buildSchool, buildTrust, publishTrustDocuments } from "@atlas/db/testing";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signInHref } from "../app/auth/redirect.ts";
import SchoolFitPage, { action, loader } from "../app/routes/school-fit.tsx";
import { routeArgs } from "./route-args.ts";
import { askApi, memberSessionOf, routeFetchTo } from "./support/api.ts";

// The school's fit pages against the real API: who may see them, the ranking, and saving the
// school's profile through the form's action, with its errors and a conflict.

let api: TestApi;
let urn: number;
let path: string;
let memberCookie: string;
let otherMemberCookie: string;
const FAR = "Far Catholic Trust";
const NEAR = "Near Catholic Trust";
const SECULAR = "Wolds Learning Trust";

const DIOCESE = "Diocese of Leeds";
const here = { easting: 430_000, northing: 433_000 };
const at = (km: number) => ({ easting: here.easting + km * 1000, northing: here.northing });

/** A Catholic trust of the school's diocese, whose one school is `km` away. */
async function catholicTrust(name: string, km: number, value: string) {
  const { db } = api.database;
  const built = await buildTrust(db, {
    name,
    schools: [
      { phase: "PRIMARY", religiousCharacter: "ROMAN_CATHOLIC", diocese: DIOCESE, ...at(km) },
    ],
  });
  await publishTrustDocuments(db, built.trust.id, {
    profile: { visionStatement: `${name} vision.`, values: [{ value, statement: "Ours." }] },
  });
  return built.trust.id;
}

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  // Catholic and voluntary aided: it may join only a Catholic trust.
  const school = await buildSchool(db, {
    name: "St Anne's Catholic Primary School",
    phase: "PRIMARY",
    religiousCharacter: "ROMAN_CATHOLIC",
    establishmentType: "VOLUNTARY_AIDED",
    diocese: DIOCESE,
    ...here,
  });
  const other = await buildSchool(db, { name: "Elsewhere Primary School" });
  urn = school.urn;
  path = `/schools/${urn}/fit`;
  await catholicTrust(FAR, 20, "FAITH_AND_WORSHIP");
  await catholicTrust(NEAR, 2, "COMMUNITY");
  const secular = await buildTrust(db, {
    name: SECULAR,
    schools: [{ phase: "PRIMARY", ...at(1) }],
  });
  await publishTrustDocuments(db, secular.trust.id, {
    profile: {
      visionStatement: "Known.",
      values: [{ value: "FAITH_AND_WORSHIP", statement: "All faiths." }],
    },
  });

  memberCookie = (await memberSessionOf(api, school.id, "Ann Member")).cookie;
  otherMemberCookie = (await memberSessionOf(api, other.id)).cookie;
});

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  routeFetchTo(api);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function outcomeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (thrown) {
    return thrown;
  }
}

/** The body and status of what a loader or action gave: a `data(…)` result or a plain object. */
function resultOf(value: unknown): { data: unknown; status: number } {
  if (value && typeof value === "object" && "init" in value && "data" in value) {
    const { data, init } = value as { data: unknown; init?: { status?: number } | null };
    return { data, status: init?.status ?? 200 };
  }
  return { data: value, status: 200 };
}

/** The loader for `at`, as the holder of `cookie` (null: signed out). */
function load(at = path, cookie: string | null = memberCookie, params = { urn: String(urn) }) {
  return outcomeOf(loader(routeArgs(at, params, cookie ? { headers: { cookie } } : undefined)));
}

/** The form's action, posted from this site, as a browser without JavaScript would. */
function post(fields: [string, string][], cookie = memberCookie) {
  return outcomeOf(
    action(
      routeArgs(
        path,
        { urn: String(urn) },
        {
          method: "POST",
          body: new URLSearchParams(fields),
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: "http://localhost:3000",
            host: "localhost:3000",
            cookie,
          },
        },
      ),
    ),
  );
}

/** The page as the server renders it, as text (tags dropped, entities read). */
function render(loaderData: unknown, actionData?: unknown): string {
  const Stub = createRoutesStub([
    { id: "school-fit", path: "/schools/:urn/fit", Component: SchoolFitPage },
  ]);
  const html = renderToString(
    <Stub
      initialEntries={[path]}
      hydrationData={{
        loaderData: { "school-fit": loaderData },
        ...(actionData === undefined ? {} : { actionData: { "school-fit": actionData } }),
      }}
    />,
  );
  return html;
}

function textOf(html: string): string {
  return html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

const weights = (w: Partial<Record<string, string>>): [string, string][] =>
  ["VALUES", "DISTANCE", "SIZE", "PHASE_MIX", "AUTONOMY", "FINANCE"].map((d) => [
    `weight-${d}`,
    w[d] ?? "0",
  ]);

const valuesProfile = (version: string): [string, string][] => [
  ["expectedVersion", version],
  ["vision", "Every child known by name."],
  ["values", "FAITH_AND_WORSHIP"],
  ...weights({ VALUES: "5" }),
];

const distanceProfile = (version: string): [string, string][] => [
  ["expectedVersion", version],
  ...weights({ DISTANCE: "5" }),
  ["maxDistanceKm", "25"],
];

async function savedProfile() {
  const { data } = await askApi<{
    school: { fitProfile: { version: number; values: string[]; maxDistanceKm: number | null } };
  }>(
    api,
    "query ($urn: Int!) { school(urn: $urn) { fitProfile { version values maxDistanceKm } } }",
    { urn },
    memberCookie,
  );
  return data.school.fitProfile;
}

type Loaded = {
  kind: string;
  ranking: {
    fit: { nodes: { trustName: string; score: number; reasons: string[] }[] };
  } | null;
};

async function ranking() {
  const { data } = resultOf(await load());
  return ((data as Loaded).ranking?.fit.nodes ?? []).map((n) => ({
    name: n.trustName,
    score: n.score,
    reasons: n.reasons,
  }));
}

describe("who may check the school's fit", () => {
  it("sends someone signed out to sign in, and back here afterwards", async () => {
    const outcome = await load(path, null);
    expect(outcome).toBeInstanceOf(Response);
    if (!(outcome instanceof Response)) return;
    expect([302, 303]).toContain(outcome.status);
    expect(outcome.headers.get("location")).toBe(signInHref(path));
    expect(decodeURIComponent(outcome.headers.get("location") ?? "")).toBe(
      `/sign-in?redirectTo=${path}`,
    );
  });

  it("tells a member of another school that only this school's members can", async () => {
    const { data, status } = resultOf(await load(path, otherMemberCookie));
    expect(status).toBe(403);
    const html = render(data);
    expect(textOf(html)).toContain(
      "Only the school's members can check how well trusts fit St Anne's Catholic Primary School",
    );
    expect(html).toContain(`href="/schools/${urn}"`);
    expect(textOf(html)).not.toContain("Trusts, best fit first");
  });

  it("is a 404 for a URN of no school", async () => {
    for (const raw of ["999999", "abc"]) {
      const outcome = resultOf(await load(`/schools/${raw}/fit`, memberCookie, { urn: raw }));
      expect(outcome.status).toBe(404);
    }
  });

  it("refuses a post from another school's member without saving", async () => {
    const { status } = resultOf(await post(valuesProfile("0"), otherMemberCookie));
    expect(status).toBe(403);
  });
});

describe("the school's profile and ranking", () => {
  it("asks for the profile first when none is saved, with no ranking yet", async () => {
    const { data, status } = resultOf(await load());
    expect(status).toBe(200);
    expect((data as Loaded).ranking).toBeNull();
    const text = textOf(render(data));
    expect(text).toContain("How well trusts fit St Anne's Catholic Primary School");
    expect(text).toContain("The school has not saved its profile yet");
    expect(text).toContain("The school's vision, values and priorities");
    expect(text).not.toContain("Trusts, best fit first");
  });

  it("saves the profile from the form and ranks the trusts by it, with parts and reasons", async () => {
    const outcome = await post(valuesProfile("0"));
    expect(outcome).toBeInstanceOf(Response);
    if (!(outcome instanceof Response)) return;
    expect(outcome.status).toBe(303);
    expect(outcome.headers.get("location")).toBe(`${path}?saved=1`);
    expect(await savedProfile()).toMatchObject({ version: 1, values: ["FAITH_AND_WORSHIP"] });

    const ranked = await ranking();
    expect(ranked.map((r) => r.name)).toEqual([FAR, NEAR, SECULAR]);
    expect(ranked[0]).toMatchObject({ score: 100 });
    expect(ranked[0]?.reasons).toContain("Shares 1 of the school's 1 values.");
    // The faith rule never hides a trust: it scores 0 and says why, first.
    expect(ranked[2]).toMatchObject({ score: 0 });
    expect(ranked[2]?.reasons[0]).toBe(
      "Catholic schools join Catholic trusts; this trust is not one.",
    );

    const { data } = resultOf(await load(`${path}?saved=1`));
    const html = render(data);
    const text = textOf(html);
    expect(text).toContain("The school's profile was saved");
    expect(text).toContain("Fit score: 100 out of 100");
    expect(text).toContain("Fit score: 0 out of 100");
    expect(text).toContain("Ruled out by the school's faith");
    expect(text).toContain("Catholic schools join Catholic trusts; this trust is not one.");
    expect(text).toContain("Shared values Matters most (5 of 5) 100");
    expect(text).toContain("uses the school's saved profile");
    expect(text).toContain("version 1");
    expect(html).toMatch(/href="\/trusts\/[^"]+" class="ui-link">Far Catholic Trust<\/a>/);
    // The form shows what was saved, ready to change.
    expect(html).toMatch(/name="expectedVersion" value="1"/);
    expect(html).toMatch(/checked="" value="FAITH_AND_WORSHIP"/);
  });

  it("re-ranks when the saved profile changes", async () => {
    const outcome = await post(distanceProfile("1"));
    expect(outcome).toBeInstanceOf(Response);
    expect(await savedProfile()).toMatchObject({ version: 2, values: [], maxDistanceKm: 25 });
    const ranked = await ranking();
    expect(ranked.map((r) => r.name)).toEqual([NEAR, FAR, SECULAR]);
    expect(ranked[0]?.reasons).toContain("Its nearest school is 2 km away (up to 25 km wanted).");
    expect(ranked[0]?.score).toBe(92);
    expect(ranked[1]?.score).toBe(20);
  });

  it.each([
    {
      name: "a weight of 9",
      field: "weight-SIZE",
      form: [
        ...distanceProfile("2").filter(([n]) => n !== "weight-SIZE"),
        ["weight-SIZE", "9"],
      ] as [string, string][],
      message: "Give each weight as a whole number from 0 to 5.",
    },
    {
      name: "a distance of abc",
      field: "maxDistanceKm",
      form: [
        ...distanceProfile("2").filter(([n]) => n !== "maxDistanceKm"),
        ["maxDistanceKm", "abc"],
      ] as [string, string][],
      message: "Give the distance in km as a number, like 15.",
    },
  ])(
    "refuses $name with a 400, the field's error and what was typed, saving nothing",
    async ({ field, form, message }) => {
      const { data, status } = resultOf(await post(form));
      expect(status).toBe(400);
      expect(data).toMatchObject({
        kind: "failed",
        errors: { fields: { [field]: message }, summary: [{ href: `#${field}`, text: message }] },
      });
      expect(await savedProfile()).toMatchObject({ version: 2 });

      const { data: loaded } = resultOf(await load());
      const html = render(loaded, data);
      expect(html).toContain(`href="#${field}"`);
      expect(textOf(html)).toContain("There is a problem");
      if (field === "maxDistanceKm") expect(html).toMatch(/name="maxDistanceKm"[^>]*value="abc"/);
    },
  );

  it("says someone else saved in between when the version is stale, and overwrites nothing", async () => {
    const { data, status } = resultOf(await post(valuesProfile("1")));
    expect(status).toBe(409);
    expect(data).toMatchObject({ conflict: { currentVersion: 2, changedBy: "Ann Member" } });
    expect(await savedProfile()).toMatchObject({ version: 2, values: [] });

    const { data: loaded } = resultOf(await load());
    const text = textOf(render(loaded, data));
    expect(text).toContain("Someone else saved the profile in between");
    expect(text).toContain("Ann Member saved the school's profile (version 2)");
    expect(text).toContain("Reload the page to see their version");
  });

  it("refuses a post from another site", async () => {
    const outcome = await outcomeOf(
      action(
        routeArgs(
          path,
          { urn: String(urn) },
          {
            method: "POST",
            body: new URLSearchParams(distanceProfile("2")),
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              "sec-fetch-site": "cross-site",
              cookie: memberCookie,
            },
          },
        ),
      ),
    );
    expect(resultOf(outcome).status).toBe(403);
    expect(await savedProfile()).toMatchObject({ version: 2 });
  });

  // Last: the trusts it adds would change the rankings above.
  it("ranks 20 trusts a page, with links to the next and back", async () => {
    for (let i = 1; i <= 21; i++) {
      await catholicTrust(`Extra Catholic Trust ${String(i).padStart(2, "0")}`, 30 + i, "KINDNESS");
    }
    const first = resultOf(await load()).data as Loaded & {
      ranking: { links: { previous: string | null; next: string | null } };
    };
    expect(first.ranking.fit.nodes).toHaveLength(20);
    expect(first.ranking.links.previous).toBeNull();
    const next = first.ranking.links.next ?? "";
    expect(next).toMatch(new RegExp(`^${path}\\?after=[^&]+&page=2$`));

    const url = new URL(next, "http://localhost:3000");
    const second = resultOf(await load(`${url.pathname}${url.search}`)).data as Loaded;
    // Near and Far come first; the extras, too far to score, tie at 0 and go by name.
    expect(second.ranking?.fit.nodes.map((n) => n.trustName)).toEqual([
      "Extra Catholic Trust 19",
      "Extra Catholic Trust 20",
      "Extra Catholic Trust 21",
      SECULAR,
    ]);
    const html = render(second);
    expect(html).toContain(`href="${path}" rel="prev"`);
    const text = textOf(html);
    expect(text).toContain("Number 21 ");
    expect(text).toContain("Page 2 of 2");
    expect(text).toContain("24 open trusts scored.");
  });
});
