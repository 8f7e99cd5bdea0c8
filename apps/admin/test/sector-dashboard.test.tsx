import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoAccounts, demoPassword } from "@atlas/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureCsv } from "../src/sector-dashboard/figure-csv.ts";
import { requestsTable, trustsTable } from "../src/sector-dashboard/figure-tables.ts";
import {
  type SectorDashboardData,
  SectorDashboardQuery,
} from "../src/sector-dashboard/operations.ts";
import { textOf as text, renderPage as visit } from "./support/render.tsx";
import { demoOf, sessionIn, signIn } from "./support/session.ts";

// The sector dashboard against the real API loaded with the demo data: a curator reads each
// figure's numbers, which agree with the demo rows and with each other; a trust administrator
// is told it is not for them. Server renders do not wait for queries, so each visit first asks
// the session's own client for the figures (the page is then answered from its cache).

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi({ demoData: true });
});
afterAll(() => api?.close());

const emailOf = (role: string) => demoAccounts.find((a) => a.role === role)?.email ?? "";

async function signedInAs(role: string) {
  const visitor = sessionIn(api);
  await signIn(visitor.session.current(), emailOf(role), demoPassword);
  return visitor.session;
}

/** The body rows of the table with this caption, as the text of their cells. */
function tableRows(html: string, caption: string): string[][] {
  const table = html
    .split("<table")
    .find(
      (part) => text(part.match(/<caption[^>]*>(.*?)<\/caption>/)?.[1] ?? "").trim() === caption,
    );
  if (table === undefined) throw new Error(`no table "${caption}"`);
  const body = table.match(/<tbody>(.*?)<\/tbody>/s)?.[1] ?? "";
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[hd] [^>]*>(.*?)<\/t[hd]>/gs)].map((cell) =>
      text(cell[1] ?? "").trim(),
    ),
  );
}

const headings = (html: string) =>
  [...html.matchAll(/<h([1-2])[^>]*>(.*?)<\/h\1>/g)].map(
    (m) => `h${m[1]} ${text(m[2] ?? "").trim()}`,
  );
const number = (cell: string | undefined) => Number((cell ?? "").replace(/,/g, ""));

describe("the sector dashboard", () => {
  let data: SectorDashboardData;
  let html = "";

  beforeAll(async () => {
    const session = await signedInAs("CURATOR");
    // Five years: the demo's partnerships were asked for from 2023.
    const result = await session.current().query(SectorDashboardQuery, { months: 60 }).toPromise();
    expect(result.error).toBeUndefined();
    if (!result.data) throw new Error("no figures");
    data = result.data.sectorDashboard;
    html = await visit(session, "/sector-dashboard?months=60");
  });

  it("shows each figure under its heading, with a chart named for what it shows", () => {
    expect(headings(html)).toEqual([
      "h1 Sector dashboard",
      "h2 Open trusts by region and size",
      "h2 Trusts with a published profile",
      "h2 Partnerships by state over time",
      "h2 Partnership requests per month",
      "h2 Median time to first response",
    ]);
    expect(html).toMatch(/aria-current="page"[^>]*>.*Sector dashboard/);
    const images = [...html.matchAll(/role="img" aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(images).toHaveLength(5);
    expect(text(html)).toContain("Show the numbers");
    expect(html.match(/Download CSV/g)).toHaveLength(5);
  });

  it("counts the demo's open trusts by region and size, the totals agreeing", () => {
    const demo = demoOf(api);
    const open = demo.trusts.filter((t) => t.status !== "CLOSED");
    const rows = tableRows(html, "Open trusts by region and size");
    const all = rows.at(-1) ?? [];
    expect(all[0]).toBe("All regions");
    expect(number(all.at(-1))).toBe(open.length);
    // Each region's row adds up to its total, and the regions to all of them.
    for (const row of rows) {
      const bands = row.slice(1, -1).map(number);
      expect(bands.reduce((a, b) => a + b, 0)).toBe(number(row.at(-1)));
    }
    const regionTotal = rows.slice(0, -1).reduce((sum, row) => sum + number(row.at(-1)), 0);
    expect(regionTotal).toBe(open.length);
    expect(trustsTable(data).rows.at(-1)?.total).toBe(open.length);
  });

  it("counts the open trusts with a live published profile", () => {
    const demo = demoOf(api);
    const openIds = new Set(demo.trusts.filter((t) => t.status !== "CLOSED").map((t) => t.id));
    const withProfile = new Set(
      demo.trustDocumentVersions
        .filter((v) => v.kind === "PROFILE" && !v.unpublishedAt && openIds.has(v.trustId))
        .map((v) => v.trustId),
    );
    expect(withProfile.size).toBeGreaterThan(0);
    const rows = tableRows(html, "Trusts with a published profile");
    expect(rows.map((r) => [r[0], number(r[1])])).toEqual([
      ["With a published profile", withProfile.size],
      ["Without one", openIds.size - withProfile.size],
      ["All open trusts", openIds.size],
    ]);
  });

  it("shows every partnership at the latest month's end, and every request", () => {
    const demo = demoOf(api);
    const partnerships = tableRows(html, "Partnerships by state over time");
    expect(partnerships).toHaveLength(60);
    expect(number(partnerships.at(-1)?.at(-1))).toBe(demo.partnerships.length);
    const requests = tableRows(html, "Partnership requests per month");
    expect(requests).toHaveLength(60);
    const made = requests.reduce((sum, row) => sum + number(row[1]), 0);
    expect(made).toBe(demo.partnerships.length);
    expect(data.medianTimeToFirstResponse.requestCount).toBe(demo.partnerships.length);
    expect(data.medianTimeToFirstResponse.medianHoursToFirstResponse).toBeGreaterThan(0);
    const answered = tableRows(html, "Median time to first response").filter(
      (row) => row.at(-1) !== "No answer yet",
    );
    expect(answered.length).toBeGreaterThan(0);
  });

  it("writes a figure's numbers as CSV, months and hours as values", () => {
    const [header, ...lines] = figureCsv(requestsTable(data)).split("\r\n");
    expect(header).toBe("Month,Requests made,Answered by the trust,Median hours to first response");
    expect(lines).toHaveLength(60);
    expect(lines[0]).toMatch(/^\d{4}-\d{2},\d+,\d+,(\d+(\.\d)?)?$/);
  });

  it("is not for a trust administrator", async () => {
    const session = await signedInAs("TRUST_ADMIN");
    const refused = text(await visit(session, "/sector-dashboard"));
    expect(refused).toContain("The sector dashboard is for sector body curators");
    expect(refused).not.toContain("Download CSV");
  });
});
