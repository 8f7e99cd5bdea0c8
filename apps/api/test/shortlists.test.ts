import { tables } from "@atlas/db";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.ts";
import { createTestApp, expectTypename, type Sender, type TestApp } from "./support/testkit.ts";

const ADD = graphql(`
  mutation AddToShortlist($input: AddToShortlistInput!) {
    addToShortlist(input: $input) {
      __typename
      ... on AddToShortlistPayload {
        entry { trust { id name } note addedBy addedAt updatedAt }
        school { urn shortlist { trust { id } note } }
      }
      ... on ValidationError { message issues { path message } }
      ... on NotFoundError { message path }
      ... on TrustClosedError { message trustName }
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveFromShortlist($input: RemoveFromShortlistInput!) {
    removeFromShortlist(input: $input) {
      __typename
      ... on RemoveFromShortlistPayload { removedTrustId school { shortlist { trust { id } } } }
      ... on NotFoundError { path }
    }
  }
`);

const SHORTLIST = graphql(`
  query Shortlist($urn: Int!) {
    shortlist(urn: $urn) { trust { id name } note addedBy }
    school(urn: $urn) { name shortlist { trust { id } } }
  }
`);

const PASSWORD_HASH = "not-a-real-hash";
const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

let app: TestApp;
let urn: number;
let schoolId: string;
let member: Sender;
let fellowMember: Sender;
let otherSchoolMember: Sender;
let trustAdmin: Sender;
let curator: Sender;
/** Open trusts to shortlist, by global id. */
let trusts: { id: string; name: string }[];
let closedTrustId: string;

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const school = await buildSchool(db);
  urn = school.urn;
  schoolId = school.id;
  const person = async (name: string, role: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor(
      (await buildUser(db, { name, passwordHash: PASSWORD_HASH, roles: role })).user.id,
    );
  member = await person("Sam Member", [{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
  fellowMember = await person("Fay Member", [{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
  const other = await buildSchool(db);
  otherSchoolMember = await person("Otto Other", [{ role: "SCHOOL_MEMBER", schoolId: other.id }]);
  const built = [await buildTrust(db), await buildTrust(db), await buildTrust(db)];
  trusts = built.map(({ trust }) => ({ id: globalId("Trust", trust.id), name: trust.name }));
  trustAdmin = await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: built[0]?.trust.id }]);
  const body = await buildSectorBody(db);
  curator = await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
  const closed = await buildTrust(db, { status: "CLOSED", name: "Shut Academies Trust" });
  closedTrustId = globalId("Trust", closed.trust.id);
});
afterAll(() => app?.close());

const trust = (i: number) => {
  const found = trusts[i];
  if (!found) throw new Error(`no trust ${i}`);
  return found;
};
const entriesInDatabase = () =>
  app.database.db
    .select({ trustId: tables.shortlistEntries.trustId, note: tables.shortlistEntries.note })
    .from(tables.shortlistEntries)
    .where(eq(tables.shortlistEntries.schoolId, schoolId));

describe("a school's shortlist", () => {
  it("takes a trust with a note, saying who added it", async () => {
    const data = (
      await app.execute(
        ADD,
        { input: { urn, trustId: trust(0).id, note: "  Strong on SEND.  " } },
        member,
      )
    ).expectNoErrors();
    const added = expectTypename(data.addToShortlist, "AddToShortlistPayload");
    expect(added.entry).toMatchObject({
      trust: trust(0),
      note: "Strong on SEND.",
      addedBy: "Sam Member",
    });
    expect(added.school.shortlist).toEqual([
      { trust: { id: trust(0).id }, note: "Strong on SEND." },
    ]);
  });

  it("sets the note of a trust already on it, keeping one entry and who added it", async () => {
    const data = (
      await app.execute(
        ADD,
        { input: { urn, trustId: trust(0).id, note: "Ask about reserves." } },
        fellowMember,
      )
    ).expectNoErrors();
    const updated = expectTypename(data.addToShortlist, "AddToShortlistPayload");
    expect(updated.entry).toMatchObject({ note: "Ask about reserves.", addedBy: "Sam Member" });
    expect(new Date(updated.entry.updatedAt).getTime()).toBeGreaterThan(
      new Date(updated.entry.addedAt).getTime(),
    );
    expect(await entriesInDatabase()).toHaveLength(1);
  });

  it("keeps the note when a trust is added again without one", async () => {
    const data = (
      await app.execute(ADD, { input: { urn, trustId: trust(0).id } }, member)
    ).expectNoErrors();
    const again = expectTypename(data.addToShortlist, "AddToShortlistPayload");
    expect(again.entry.note).toBe("Ask about reserves.");
  });

  it("lists its trusts newest first, to its members", async () => {
    await app.execute(ADD, { input: { urn, trustId: trust(1).id } }, member);
    await app.execute(ADD, { input: { urn, trustId: trust(2).id, note: "Local." } }, fellowMember);
    const data = (await app.execute(SHORTLIST, { urn }, fellowMember)).expectNoErrors();
    expect(data.shortlist).toEqual([
      { trust: trust(2), note: "Local.", addedBy: "Fay Member" },
      { trust: trust(1), note: "", addedBy: "Sam Member" },
      { trust: trust(0), note: "Ask about reserves.", addedBy: "Sam Member" },
    ]);
    expect(data.school?.shortlist?.map((e) => e.trust.id)).toEqual(
      [2, 1, 0].map((i) => trust(i).id),
    );
  });

  it("lets a trust be removed, and removed again without an error", async () => {
    for (let time = 0; time < 2; time++) {
      const data = (
        await app.execute(REMOVE, { input: { urn, trustId: trust(1).id } }, member)
      ).expectNoErrors();
      const removed = expectTypename(data.removeFromShortlist, "RemoveFromShortlistPayload");
      expect(removed.removedTrustId).toBe(trust(1).id);
      expect(removed.school.shortlist?.map((e) => e.trust.id)).toEqual(
        [2, 0].map((i) => trust(i).id),
      );
    }
  });
});

describe("who may use a school's shortlist", () => {
  const refused: [string, () => Sender | undefined, string][] = [
    ["anonymous", () => undefined, "UNAUTHENTICATED"],
    ["a member of another school", () => otherSchoolMember, "FORBIDDEN"],
    ["a trust administrator", () => trustAdmin, "FORBIDDEN"],
    ["a curator", () => curator, "FORBIDDEN"],
  ];

  it.each(refused)("refuses %s, changing nothing", async (_, who, code) => {
    const before = await entriesInDatabase();
    const as = who();
    const codes = async (result: Promise<{ expectErrors(): { extensions?: unknown }[] }>) =>
      (await result).expectErrors().map((e) => (e.extensions as { code?: string }).code);

    expect(
      await codes(app.execute(ADD, { input: { urn, trustId: trust(1).id, note: "Mine." } }, as)),
    ).toEqual([code]);
    expect(await codes(app.execute(REMOVE, { input: { urn, trustId: trust(0).id } }, as))).toEqual([
      code,
    ]);

    const read = await app.execute(SHORTLIST, { urn }, as);
    const refusals = read.expectErrors().map((e) => [e.path?.join("."), e.extensions?.code]);
    expect(refusals.sort()).toEqual([
      ["school.shortlist", code],
      ["shortlist", code],
    ]);
    expect(read.body.data?.shortlist).toBeNull();
    expect(read.body.data?.school).toMatchObject({ shortlist: null });
    expect(await entriesInDatabase()).toEqual(before);
  });
});

describe("what cannot be shortlisted", () => {
  it("refuses a note over 2,000 characters, writing nothing", async () => {
    const before = await entriesInDatabase();
    const data = (
      await app.execute(
        ADD,
        { input: { urn, trustId: trust(1).id, note: "x".repeat(2001) } },
        member,
      )
    ).expectNoErrors();
    const invalid = expectTypename(data.addToShortlist, "ValidationError");
    expect(invalid.issues).toEqual([
      { path: ["input", "note"], message: "Shorten the note to at most 2,000 characters." },
    ]);
    expect(await entriesInDatabase()).toEqual(before);
  });

  it.each([
    ["a trust id of no trust", () => globalId("Trust", "00000000-0000-4000-8000-000000000000")],
    ["an id that is not a trust's", () => globalId("School", schoolId)],
  ])("says there is no such trust for %s", async (_, trustId) => {
    const data = (
      await app.execute(ADD, { input: { urn, trustId: trustId() } }, member)
    ).expectNoErrors();
    const missing = expectTypename(data.addToShortlist, "NotFoundError");
    expect(missing.path).toEqual(["input", "trustId"]);
  });

  it("says there is no such school for a URN of none", async () => {
    const data = (
      await app.execute(ADD, { input: { urn: 999998, trustId: trust(1).id } }, member)
    ).expectNoErrors();
    expect(expectTypename(data.addToShortlist, "NotFoundError").path).toEqual(["input", "urn"]);
  });

  it("refuses a closed trust, saying so", async () => {
    const before = await entriesInDatabase();
    const data = (
      await app.execute(ADD, { input: { urn, trustId: closedTrustId } }, member)
    ).expectNoErrors();
    const closed = expectTypename(data.addToShortlist, "TrustClosedError");
    expect(closed.trustName).toBe("Shut Academies Trust");
    expect(closed.message).toMatch(/closed/);
    expect(await entriesInDatabase()).toEqual(before);
  });
});
