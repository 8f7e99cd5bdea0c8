import { createTestApi, type TestApi } from "@atlas/api/testing";
import { buildTrust, publishTrustDocuments } from "@atlas/db/testing";
import { decisionAreas, localAutonomyIndex, modelScheme } from "@atlas/domain";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import ComparePage, { loader } from "../app/routes/compare.tsx";
import { loader as csvLoader } from "../app/routes/compare-csv.ts";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, routeFetchTo, trustIdOf } from "./support/api.ts";

let api: TestApi;
let calls: ApiCall[];
/** Trust.id of each trust compared, as /trusts/:id links carry it. */
let aspen: string;
let birch: string;
let cedar: string;

const aspenScheme = modelScheme("LOCAL_GOVERNING_BODIES");
const birchScheme = modelScheme("ADVISORY_COUNCILS");

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const a = await buildTrust(db, {
    name: "Compare Aspen Trust",
    schools: [
      { phase: "PRIMARY", pupils: 200 },
      { phase: "PRIMARY", pupils: 300 },
    ],
  });
  await publishTrustDocuments(db, a.trust.id, {
    profile: {
      visionStatement: "Aspen vision.",
      values: [{ value: "INCLUSION", statement: "All belong." }],
      finance: {
        contribution: { kind: "FLAT", percent: 5 },
        gagPooling: false,
        reserves: { pooled: false, policy: "Kept by schools." },
      },
    },
    schemeCells: aspenScheme,
  });
  const b = await buildTrust(db, {
    name: "Compare Birch Trust",
    schools: [
      { phase: "SECONDARY", pupils: 1000 },
      { phase: "PRIMARY", pupils: 250 },
    ],
  });
  await publishTrustDocuments(db, b.trust.id, { schemeCells: birchScheme });
  // Published nothing: the comparison says so rather than leaving gaps.
  const c = await buildTrust(db, { name: "Compare Cedar Trust", schools: [{ phase: "PRIMARY" }] });
  aspen = await trustIdOf(api, a.trust.groupId ?? "");
  birch = await trustIdOf(api, b.trust.groupId ?? "");
  cedar = await trustIdOf(api, c.trust.groupId ?? "");
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

/** A loader's value and status, whether it returned plain data or `data(…, { status })`. */
function unwrap<T>(value: T): {
  data: Exclude<T, { type: "DataWithResponseInit" }>;
  status: number;
} {
  const wrapped = value as { type?: string; data?: unknown; init?: { status?: number } | null };
  if (wrapped.type === "DataWithResponseInit") {
    return { data: wrapped.data as never, status: wrapped.init?.status ?? 200 };
  }
  return { data: value as never, status: 200 };
}

const idsQuery = (...ids: string[]) => ids.map((id) => `ids=${encodeURIComponent(id)}`).join("&");

async function renderCompare(path: string) {
  const { data: loaderData, status } = unwrap(await loader(routeArgs(path, {})));
  const Stub = createRoutesStub([
    { id: "routes/compare", path: "/compare", Component: ComparePage, loader: () => loaderData },
  ]);
  const html = renderToString(
    <Stub
      initialEntries={[path]}
      hydrationData={{ loaderData: { "routes/compare": loaderData } }}
    />,
  );
  return { loaderData, status, html };
}

/** The table row whose header starts with this label. */
function rowOf(html: string, label: string): string {
  const rows = html.match(/<tr[\s>](?:(?!<\/tr>).)*<\/tr>/g) ?? [];
  return (
    rows.find((row) =>
      row.includes(`<th scope="row" class="ui-table__cell ui-table__cell--header">${label}`),
    ) ?? ""
  );
}

/** The chart's figure for one decision area. */
function chartAreaOf(html: string, label: string): string {
  const figures = html.match(/<figure class="ui-chart compare-chart__area">.*?<\/figure>/g) ?? [];
  return (
    figures.find((f) =>
      f.includes(`<figcaption class="ui-chart__caption">${label}</figcaption>`),
    ) ?? ""
  );
}

const percentLocal = (index: number) => `${Math.round(index * 100)}% local`;

describe("the compare page", () => {
  it("shows the trusts side by side, part by part, and marks where they differ", async () => {
    const path = `/compare?${idsQuery(aspen, birch)}`;
    const { html, status } = await renderCompare(path);
    expect(status).toBe(200);
    expect(calls.map((c) => c.operationName)).toEqual(["CompareTrusts"]);
    expect(calls[0]?.variables).toEqual({ ids: [aspen, birch] });

    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    // A heading per part, in words.
    for (const part of [
      "At a glance",
      "Values",
      "Finance",
      "Local autonomy",
      "Scheme of delegation",
    ]) {
      expect(html).toMatch(new RegExp(`<h2[^>]*>${part}</h2>`));
    }
    // Each trust heads its column, linking to its page, with room for the lead's shortlist button.
    for (const [id, name] of [
      [aspen, "Compare Aspen Trust"],
      [birch, "Compare Birch Trust"],
    ] as const) {
      expect(html).toContain(
        `<th scope="col" class="ui-table__header compare-table__trust"><a href="/trusts/${encodeURIComponent(id)}" class="ui-link">${name}</a></th>`,
      );
    }
    // Both have 2 schools; their pupils differ, marked by class and in words.
    const schools = rowOf(html, "Schools");
    expect(schools).toMatch(/^<tr class="compare-row">/);
    expect(schools).not.toContain("Differs");
    const pupils = rowOf(html, "Pupils");
    expect(pupils).toMatch(/^<tr class="compare-row compare-row--differs">/);
    expect(pupils).toContain(">Differs</strong>");
    expect(pupils).toContain(
      '<td class="ui-table__cell">500</td><td class="ui-table__cell">1,250</td>',
    );
    expect(rowOf(html, "Values")).toContain("Not published");
    // The key says what the mark means.
    expect(html).toContain("are where the trusts differ");
  });

  it("lines the scheme up decision by decision, under its decision areas", async () => {
    const { html } = await renderCompare(`/compare?${idsQuery(aspen, birch)}`);
    expect(html).toContain('<th scope="rowgroup" colSpan="3" class="ui-table__cell">Staffing</th>');
    const staffing = html.indexOf(">Staffing</th>");
    const appointHead = html.indexOf(">Appoint the headteacher");
    const budget = html.indexOf(">Budget</th>");
    expect(staffing).toBeGreaterThan(0);
    expect(appointHead).toBeGreaterThan(staffing);
    expect(budget).toBeGreaterThan(appointHead);
  });

  it("charts local autonomy per decision area, a bar per trust, with its figure written out", async () => {
    const { html } = await renderCompare(`/compare?${idsQuery(aspen, birch, cedar)}`);
    const aspenAutonomy = localAutonomyIndex(aspenScheme);
    const birchAutonomy = localAutonomyIndex(birchScheme);
    const differing = aspenAutonomy.find(
      (a) => birchAutonomy.find((b) => b.area === a.area)?.index !== a.index,
    );
    expect(differing).toBeDefined();
    const area = differing?.area ?? "BUDGET";
    const birchIndex = birchAutonomy.find((b) => b.area === area)?.index ?? 0;
    const figure = chartAreaOf(html, decisionAreas.label(area));
    expect(figure).toContain(
      `<span class="ui-bar-chart__label">Compare Aspen Trust</span> <span class="ui-bar-chart__value">${percentLocal(differing?.index ?? 0)}</span>`,
    );
    expect(figure).toContain(
      `<span class="ui-bar-chart__label">Compare Birch Trust</span> <span class="ui-bar-chart__value">${percentLocal(birchIndex)}</span>`,
    );
    expect(figure).toContain(
      `<rect class="ui-bar__fill" width="${Math.round(birchIndex * 100)}" height="10">`,
    );
    // Cedar has no scheme: its figure says so, and it has no bar (not a zero one).
    expect(figure).toContain(
      '<li class="ui-bar-chart__row ui-bar-chart__row--missing"><span class="ui-bar-chart__label">Compare Cedar Trust</span> <span class="ui-bar-chart__value"><span class="ui-bar-chart__missing">Not published</span></span></li>',
    );
    expect(figure.match(/<svg/g)).toHaveLength(2);
  });

  it("gives the link to this comparison and to its CSV", async () => {
    // Comma-separated and repeated ids alike; the link shared is the canonical one.
    const { html } = await renderCompare(
      `/compare?ids=${encodeURIComponent(`${aspen},${birch}`)}&ids=${encodeURIComponent(aspen)}`,
    );
    const canonical = `/compare?${new URLSearchParams([
      ["ids", aspen],
      ["ids", birch],
    ])}`;
    const escaped = (s: string) => s.replaceAll("&", "&amp;");
    expect(html).toContain(`>http://localhost:3000${escaped(canonical)}</a>`);
    expect(html).toContain(
      `href="${escaped(canonical.replace("/compare?", "/compare.csv?"))}" download="">Download this comparison (CSV)</a>`,
    );
    expect(html).toContain(
      `href="${escaped(`${canonical}&only=differences`)}" class="ui-link">Show only differences</a>`,
    );
  });

  it("shows only the rows where the trusts differ when asked", async () => {
    const { html } = await renderCompare(`/compare?${idsQuery(aspen, birch)}&only=differences`);
    expect(rowOf(html, "Pupils")).toContain("Differs");
    expect(rowOf(html, "Schools")).toBe("");
    expect(html).not.toMatch(/<tr class="compare-row">/);
    // Neither has published its growth: a part with no difference says so, under its heading.
    expect(html).toMatch(/>Growth<\/h2><p class="ui-body">The trusts do not differ here.<\/p>/);
    expect(html).toContain(
      `href="/compare?${idsQuery(aspen, birch).replaceAll("&", "&amp;")}" class="ui-link">Show every row</a>`,
    );
  });
});

describe("the compare page's problems", () => {
  async function problemsOf(path: string) {
    const rendered = await renderCompare(path);
    expect(rendered.status).toBe(400);
    expect(rendered.html).toContain("There is a problem with this comparison");
    expect(rendered.html).toContain('href="/trusts"');
    expect(rendered.html).not.toContain("<table");
    return rendered;
  }

  it("asks for at least 2 trusts, without asking the API", async () => {
    const { html } = await problemsOf(`/compare?${idsQuery(aspen)}`);
    expect(html).toContain("Choose at least 2 trusts to compare: this link names only 1.");
    expect(calls).toHaveLength(0);
    await problemsOf("/compare");
  });

  it("allows no more than 4", async () => {
    const { html } = await problemsOf(`/compare?${idsQuery(aspen, birch, cedar, "d", "e")}`);
    expect(html).toContain("You can compare up to 4 trusts at a time: this link names 5.");
  });

  it("says which trust in the link is not one, for a malformed or unknown ID", async () => {
    const malformed = await problemsOf(`/compare?${idsQuery(aspen, "not-a-trust")}`);
    expect(malformed.html).toContain("Trust 2 in this link is not an open trust on Trust Atlas");
    const unknown = Buffer.from(`Trust:${crypto.randomUUID()}`).toString("base64");
    const missing = await problemsOf(`/compare?${idsQuery(unknown, birch)}`);
    expect(missing.html).toContain("Trust 1 in this link is not an open trust on Trust Atlas");
    const both = await problemsOf(`/compare?${idsQuery("x", birch, "y")}`);
    // The API stops at the first ID it refuses.
    expect(both.html).toContain("Trust 1 in this link is not an open trust on Trust Atlas");
  });
});

describe("the comparison as CSV", () => {
  it("is a download with a column per trust and a row per dimension", async () => {
    const response = await csvLoader(routeArgs(`/compare.csv?${idsQuery(aspen, birch)}`, {}));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="trust-comparison.csv"',
    );
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\n");
    expect(lines[0]).toBe("Group,Dimension,Compare Aspen Trust,Compare Birch Trust,Differs");
    expect(lines).toContain('At a glance,Pupils,500,"1,250",Yes');
    expect(lines).toContain("At a glance,Schools,2,2,No");
    expect(lines.some((l) => l.startsWith("Scheme of delegation,Appoint the headteacher,"))).toBe(
      true,
    );
  });

  it("refuses a bad list of trusts with a plain message", async () => {
    const response = await csvLoader(routeArgs(`/compare.csv?${idsQuery(aspen)}`, {}));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toContain("Choose at least 2 trusts to compare");
    const malformed = await csvLoader(routeArgs(`/compare.csv?${idsQuery(aspen, "nope")}`, {}));
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("Trust 2 in this link is not an open trust");
  });
});
