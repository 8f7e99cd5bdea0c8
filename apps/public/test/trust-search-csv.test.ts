import { createTestApi, type TestApi } from "@atlas/api/testing";
import { buildTrust } from "@atlas/db/testing";
import { parse } from "csv-parse/sync";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loader } from "../app/routes/trusts-csv.ts";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, routeFetchTo } from "./support/api.ts";

let api: TestApi;
let calls: ApiCall[];

/** More than one page of the API's largest (100), so the download must ask for a second. */
const ROWAN_TRUSTS = 103;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  for (let i = 1; i <= ROWAN_TRUSTS; i++) {
    await buildTrust(db, {
      name: `Rowan Trust ${String(i).padStart(3, "0")}`,
      type: "MULTI_ACADEMY_TRUST",
      region: i % 2 === 0 ? "NORTH_WEST" : "LONDON",
      schools: [
        {
          phase: "PRIMARY",
          region: i % 2 === 0 ? "NORTH_WEST" : "LONDON",
          laCode: i % 2 === 0 ? 352 : 201,
          laName: i % 2 === 0 ? "Manchester" : "City of London",
        },
      ],
    });
  }
  await buildTrust(db, { name: "Rowan Closed Trust", status: "CLOSED", schools: [{}] });
}, 120_000);

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  calls = routeFetchTo(api);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function download(path: string) {
  const response = await loader(routeArgs(path, {}));
  return { response, text: await response.text() };
}

describe("the trust search as CSV", () => {
  it("streams every trust found, a page of 100 at a time, in the search's order", async () => {
    const { response, text } = await download("/trusts.csv?q=rowan&sort=name");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="trusts.csv"');
    const rows: string[][] = parse(text);
    expect(rows[0]).toEqual([
      "Trust",
      "Group ID",
      "Companies House number",
      "Type",
      "Status",
      "Schools",
      "Pupils",
      "Size",
      "Phases",
      "Head office region",
      "Local authorities",
      "Trust Atlas page",
    ]);
    const names = rows.slice(1).map((row) => row[0]);
    expect(names).toHaveLength(ROWAN_TRUSTS);
    expect(names[0]).toBe("Rowan Trust 001");
    expect(names.at(-1)).toBe(`Rowan Trust ${ROWAN_TRUSTS}`);
    expect(names).not.toContain("Rowan Closed Trust");
    const second = rows[2] ?? [];
    expect(second.slice(3, 5)).toEqual(["Multi-academy trust", "Open"]);
    expect(second[8]).toBe("Primary 1");
    expect(second[9]).toBe("North West");
    expect(second[10]).toBe("Manchester");
    expect(second[11]).toMatch(/^http:\/\/localhost:3000\/trusts\/[^/]+$/);
    // Two requests for 103 trusts: 100, then 3.
    expect(calls.map((c) => c.variables)).toMatchObject([
      { first: 100, offset: 0 },
      { first: 100, offset: 100 },
    ]);
  });

  it("keeps the search's filters", async () => {
    const { text } = await download("/trusts.csv?q=rowan&region=london");
    const rows: string[][] = parse(text);
    expect(rows).toHaveLength(1 + Math.ceil(ROWAN_TRUSTS / 2));
    expect(rows.slice(1).every((row) => row[9] === "London")).toBe(true);
  });

  it("is a header alone when nothing matches, and a 400 for a search the API refuses", async () => {
    const { text } = await download("/trusts.csv?q=zzzz");
    expect(parse(text)).toHaveLength(1);
    const refused = await download("/trusts.csv?near=999999");
    expect(refused.response.status).toBe(400);
    expect(refused.text).toMatch(/There is no school with URN 999999/);
  });
});
