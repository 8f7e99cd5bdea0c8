import { fileURLToPath } from "node:url";
import { tables } from "@atlas/db";
import { createTestDb, type TestDatabase } from "@atlas/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ImportReport, importRegister, MissingColumnsError } from "../src/index.ts";

const engine = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
const fixture = (folder: string, file: string) =>
  fileURLToPath(new URL(`./fixtures/register/${folder}/${file}.csv`, import.meta.url));
const month = (n: 1 | 2) => ({
  establishments: fixture(`month-${n}`, "establishments"),
  groups: fixture(`month-${n}`, "groups"),
  links: fixture(`month-${n}`, "links"),
});
const asOf = "2024-06-30";

async function everything(database: TestDatabase) {
  const { db } = database;
  const order = { id: "asc" } as const;
  return {
    trusts: await db.query.trusts.findMany({ orderBy: order }),
    schools: await db.query.schools.findMany({ orderBy: order }),
    memberships: await db.query.memberships.findMany({ orderBy: order }),
  };
}

async function membershipsOf(database: TestDatabase, urn: number) {
  const school = await database.db.query.schools.findFirst({
    where: { urn },
    with: { memberships: { with: { trust: true }, orderBy: { joinedOn: "asc" } } },
  });
  return (school?.memberships ?? []).map((m) => [m.trust.groupUid, m.joinedOn, m.leftOn]);
}

describe(`importing the register's downloads on ${engine}`, () => {
  let database: TestDatabase;
  let first: ImportReport;
  beforeAll(async () => {
    database = await createTestDb();
    first = await importRegister(database.db, month(1), { asOf });
  });
  afterAll(() => database?.close());

  it("keeps open state-funded schools in England and says why it left out the rest", () => {
    const e = first.files.establishments;
    expect(e.encoding).toBe("win1252");
    expect(e).toMatchObject({ read: 17, kept: 6 });
    expect(Object.fromEntries(Object.entries(e.skipped).map(([k, v]) => [k, v.ids]))).toEqual({
      "not a state-funded school Trust Atlas lists (Other independent school)": [100005],
      "not a state-funded school Trust Atlas lists (Welsh establishment)": [100006],
      "not a state-funded school Trust Atlas lists (Further education)": [100007],
      "not a state-funded school Trust Atlas lists (Children's centre)": [100008],
      "closed: closes the school where Trust Atlas has it": [100004],
    });
    expect(first.files.groups.skipped["not an academy trust (Federation)"]?.ids).toEqual([5005]);
  });

  it("reports each invalid row by its row number and what is wrong, and writes none of it", async () => {
    expect(first.files.establishments.invalid).toEqual([
      { row: 10, problems: ['URN "10009X" is not six digits'] },
      { row: 11, problems: ['OfstedLastInsp "31-02-2023" is not a dd-mm-yyyy date'] },
      { row: 12, problems: ['PhaseOfEducation (code) "9" is not a phase of the register'] },
      { row: 13, problems: ["100001 appears again (first on row 2): the first is kept"] },
      { row: 17, problems: ["has 6 fields where the header has 29"] },
      { row: 19, problems: [expect.stringMatching(/cannot be read as CSV.*Quote Not Closed/)] },
    ]);
    const urns = (await everything(database)).schools.map((s) => s.urn).sort();
    expect(urns).toEqual([100001, 100002, 100003, 100010, 100011, 100012]);
    const stMarys = await database.db.query.schools.findFirst({ where: { urn: 100001 } });
    // The duplicate row's name never overwrote the first.
    expect(stMarys?.name).toBe("St Mary\u2019s C of E Primary School");
  });

  it("reads Windows-1252 text, converts the grid to latitude and longitude, and carries inspections", async () => {
    const [stMarys, cafe, riverside] = await Promise.all(
      [100001, 100002, 100003].map((urn) =>
        database.db.query.schools.findFirst({ where: { urn } }),
      ),
    );
    expect(cafe?.name).toBe("Caf\u00e9 Academy, North");
    expect(stMarys).toMatchObject({
      laCode: 202,
      region: "LONDON",
      phase: "PRIMARY",
      establishmentType: "ACADEMY_CONVERTER",
      religiousCharacter: "CHURCH_OF_ENGLAND",
      diocese: "Diocese of London",
      pupils: 210,
      easting: 529090,
      northing: 182990,
      inspectionOutcome: "GOOD",
      inspectedOn: "2023-03-12",
    });
    // E 529090 N 182990 is by King's Cross.
    expect(stMarys?.latitude).toBeCloseTo(51.534, 2);
    expect(stMarys?.longitude).toBeCloseTo(-0.138, 2);
    expect(cafe?.inspectionOutcome).toBe("OUTSTANDING");
    // No Easting/Northing: imported all the same, without a location.
    expect(riverside).toMatchObject({ latitude: null, longitude: null, easting: null });
  });

  it("keeps open academy trusts with their schools, and the counts search uses", async () => {
    const trusts = await database.db.query.trusts.findMany({ orderBy: { groupUid: "asc" } });
    expect(trusts.map((t) => [t.groupUid, t.groupId, t.type, t.status, t.schoolCount])).toEqual([
      [5001, "TR05001", "MULTI_ACADEMY_TRUST", "OPEN", 1],
      [5002, "TR05002", "MULTI_ACADEMY_TRUST", "OPEN", 1],
      [5003, "TR05003", "MULTI_ACADEMY_TRUST", "OPEN", 0],
      [5004, "TR05004", "MULTI_ACADEMY_TRUST", "OPEN", 2],
      [5007, "TR05007", "SINGLE_ACADEMY_TRUST", "OPEN", 1],
    ]);
    expect(trusts.find((t) => t.groupUid === 5004)).toMatchObject({
      region: "YORKSHIRE_AND_THE_HUMBER",
      openedOn: "2018-09-01",
    });
    expect(await membershipsOf(database, 100010)).toEqual([[5002, "2017-09-01", null]]);
  });

  it("changes nothing when the same files come again", async () => {
    const before = await everything(database);
    const again = await importRegister(database.db, month(1), { asOf });
    expect(again.trusts).toEqual({ inserted: 0, updated: 0, unchanged: 5, closed: 0 });
    expect(again.schools).toEqual({ inserted: 0, updated: 0, unchanged: 6, closed: 0 });
    expect(again.memberships).toEqual({ joined: 0, left: 0, unchanged: 5 });
    // Row for row, updated_at included.
    expect(await everything(database)).toEqual(before);
  });

  it("takes a newer month: updates what changed, records a move between trusts, and closes a trust", async () => {
    const { db } = database;
    const trust5001 = await db.query.trusts.findFirst({ where: { groupUid: 5001 } });
    if (!trust5001) throw new Error("trust 5001 is missing");
    // What the trust wrote itself: the register import must leave it alone.
    await db
      .insert(tables.trustDocumentDrafts)
      .values({ trustId: trust5001.id, kind: "PROFILE", content: { vision: "Ours" }, version: 3 });
    const next = await importRegister(db, month(2), { asOf });
    expect(next.trusts).toMatchObject({ closed: 1 });
    expect(next.memberships).toEqual({ joined: 1, left: 3, unchanged: 2 });

    // Hillside moved from Aire to Kirkstall: it left the day before it joined.
    expect(await membershipsOf(database, 100010)).toEqual([
      [5002, "2017-09-01", "2024-03-31"],
      [5003, "2024-04-01", null],
    ]);
    // Wharfe Catholic Trust closed on 31 March 2024: its schools left it that day.
    expect(await membershipsOf(database, 100011)).toEqual([[5004, "2018-09-01", "2024-03-31"]]);
    expect(await membershipsOf(database, 100012)).toEqual([[5004, "2018-09-01", "2024-03-31"]]);
    const wharfe = await db.query.trusts.findFirst({ where: { groupUid: 5004 } });
    expect(wharfe).toMatchObject({ status: "CLOSED", schoolCount: 0 });
    const [stMarys, beck] = await Promise.all(
      [100001, 100011].map((urn) => db.query.schools.findFirst({ where: { urn } })),
    );
    expect(stMarys?.pupils).toBe(215);
    expect(beck?.status).toBe("OPEN_PROPOSED_TO_CLOSE");
    const draft = await db.query.trustDocumentDrafts.findFirst({
      where: { trustId: trust5001.id },
    });
    expect(draft).toMatchObject({ content: { vision: "Ours" }, version: 3 });

    const again = await importRegister(db, month(2), { asOf });
    expect(again.memberships).toEqual({ joined: 0, left: 0, unchanged: 3 });
    expect(again.trusts).toMatchObject({ inserted: 0, updated: 0, closed: 0 });
  });
});

describe(`what the import refuses or reads differently, on ${engine}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database?.close());

  it("stops before writing anything when a required column is missing, naming it", async () => {
    const error = await importRegister(
      database.db,
      { ...month(1), establishments: fixture("missing-column", "establishments") },
      { asOf },
    ).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MissingColumnsError);
    expect((error as MissingColumnsError).missing).toEqual(["PhaseOfEducation (code)"]);
    expect((error as Error).message).toMatch(
      /establishments\.csv has no "PhaseOfEducation \(code\)" column/,
    );
    for (const table of [tables.trusts, tables.schools, tables.memberships])
      expect(await database.db.$count(table)).toBe(0);
  });

  it.each([
    ["with a byte-order mark", "utf8"],
    ["without one", "utf8-without-bom"],
  ])("reads a UTF-8 file %s as UTF-8", async (_, folder) => {
    const report = await importRegister(
      database.db,
      { ...month(1), establishments: fixture(folder, "establishments") },
      { asOf },
    );
    expect(report.files.establishments.encoding).toBe("utf8");
    expect(report.files.establishments.kept).toBe(6);
    const cafe = await database.db.query.schools.findFirst({ where: { urn: 100002 } });
    expect(cafe?.name).toBe("Caf\u00e9 Academy, North");
    const stMarys = await database.db.query.schools.findFirst({ where: { urn: 100001 } });
    expect(stMarys?.name).toBe("St Mary\u2019s C of E Primary School");
  });
});
