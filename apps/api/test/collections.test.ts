/**
 * Curated collections: a curator of a sector body saves a collection (title, address,
 * editorial text, trusts in order with notes); the public reads the published ones, with their
 * trusts in one statement; a stale version, a taken address, an unknown trust or invalid text is
 * refused with nothing written; no one but a curator may save; every save is in the audit log.
 */
import { tables } from "@atlas/db";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SaveCollectionInput } from "./gql/graphql.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, expectTypename, type Sender, type TestApp } from "./support/testkit.ts";

const SAVE = graphql(`
  mutation SaveCollectionTest($input: SaveCollectionInput!) {
    saveCollection(input: $input) {
      __typename
      ... on SaveCollectionPayload {
        collection { id slug title published version entries { position note trust { name } } }
      }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { message path }
      ... on CollectionConflictError { message currentVersion changedBy }
      ... on CollectionSlugTakenError { message path }
    }
  }
`);

const PUBLIC = graphql(`
  query PublicCollectionsTest($slug: String!) {
    collections { slug title summary entries { trust { name } } }
    collection(slug: $slug) { title published sectorBodyName entries { position note trust { id name } } }
  }
`);

const CURATED = graphql(`
  query CuratedCollectionsTest($id: ID!) {
    curatedCollections { slug published }
    curatedCollection(id: $id) { slug version }
  }
`);

const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

let app: TestApp;
let curator: Sender;
let otherBodyCurator: Sender;
let twoBodyCurator: Sender;
let bodies: { here: string; elsewhere: string };
let trustAdmin: Sender;
let schoolMember: Sender;
let trusts: { id: string; name: string }[];

const input = (more: Partial<SaveCollectionInput> = {}): SaveCollectionInput => ({
  title: "Trusts with special schools in the North West",
  slug: "special-schools-north-west",
  summary: "Trusts running special schools across the North West.",
  published: false,
  entries: [
    { trustId: trusts[0]?.id ?? "", note: "Three special schools." },
    { trustId: trusts[1]?.id ?? "" },
  ],
  ...more,
});

async function save(more: Partial<SaveCollectionInput> = {}, as: Sender = curator) {
  return (await app.execute(SAVE, { input: input(more) }, as)).expectNoErrors().saveCollection;
}

const written = async () => ({
  collections: await app.database.db.$count(tables.collections),
  entries: await app.database.db.$count(tables.collectionEntries),
  audit: await app.database.db.$count(
    tables.auditEvents,
    eq(tables.auditEvents.action, "COLLECTION_SAVED"),
  ),
});

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const built = await Promise.all(
    ["Heron Learning Trust", "Kestrel Academies", "Osprey Schools Trust"].map((name) =>
      buildTrust(db, { name }),
    ),
  );
  trusts = built.map((b) => ({ id: globalId("Trust", b.trust.id), name: b.trust.name }));
  const body = await buildSectorBody(db, { name: "Confederation of School Trusts" });
  const elsewhere = await buildSectorBody(db, { name: "Another Sector Body" });
  const school = await buildSchool(db);
  const person = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor((await buildUser(db, { name, passwordHash: "x", roles })).user.id);
  curator = await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
  otherBodyCurator = await person("Otto Curator", [
    { role: "CURATOR", sectorBodyId: elsewhere.id },
  ]);
  twoBodyCurator = await person("Tess Curator", [
    { role: "CURATOR", sectorBodyId: body.id },
    { role: "CURATOR", sectorBodyId: elsewhere.id },
  ]);
  bodies = { here: body.id, elsewhere: elsewhere.id };
  trustAdmin = await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: built[0]?.trust.id }]);
  schoolMember = await person("Sam Member", [{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
});
afterAll(() => app?.close());

describe("saveCollection", () => {
  it("refuses anyone who is not a curator, writing nothing", async () => {
    for (const as of [{}, trustAdmin, schoolMember]) {
      const errors = (await app.execute(SAVE, { input: input() }, as)).expectErrors();
      expect(errors[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    expect(await written()).toEqual({ collections: 0, entries: 0, audit: 0 });
  });

  it("refuses invalid input by its fields, writing nothing", async () => {
    const answer = await save({
      title: " ",
      slug: "Special Schools",
      entries: [{ trustId: trusts[0]?.id ?? "" }, { trustId: trusts[0]?.id ?? "" }],
    });
    const { issues } = expectTypename(answer, "ValidationError");
    expect(issues.map((i) => i.path.join("."))).toEqual([
      "input.title",
      "input.slug",
      "input.entries.1.trustId",
    ]);
    const notATrust = expectTypename(
      await save({ entries: [{ trustId: globalId("School", crypto.randomUUID()) }] }),
      "ValidationError",
    );
    expect(notATrust.issues).toEqual([
      { path: ["input", "entries", "0", "trustId"], message: "This is not a trust's id." },
    ]);
    expect(await written()).toEqual({ collections: 0, entries: 0, audit: 0 });
  });

  it("refuses a trust not on the register, naming its entry, writing nothing", async () => {
    const answer = await save({
      entries: [
        { trustId: trusts[0]?.id ?? "" },
        { trustId: globalId("Trust", crypto.randomUUID()) },
      ],
    });
    expect(expectTypename(answer, "NotFoundError").path).toEqual([
      "input",
      "entries",
      "1",
      "trustId",
    ]);
    expect(await written()).toEqual({ collections: 0, entries: 0, audit: 0 });
  });

  let collectionId = "";

  it("creates a draft the public cannot see, with its trusts in order and an audit entry", async () => {
    const { collection } = expectTypename(await save(), "SaveCollectionPayload");
    collectionId = collection.id;
    expect(collection).toMatchObject({
      slug: "special-schools-north-west",
      published: false,
      version: 1,
      entries: [
        { position: 0, note: "Three special schools.", trust: { name: "Heron Learning Trust" } },
        { position: 1, note: "", trust: { name: "Kestrel Academies" } },
      ],
    });
    const seen = (
      await app.execute(PUBLIC, { slug: "special-schools-north-west" }, {})
    ).expectNoErrors();
    expect(seen).toEqual({ collections: [], collection: null });
    const [entry] = await app.database.db
      .select()
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.action, "COLLECTION_SAVED"));
    expect(entry).toMatchObject({
      actorName: "Cora Curator",
      subjectType: "COLLECTION",
      before: null,
      after: {
        sectorBody: "Confederation of School Trusts",
        slug: "special-schools-north-west",
        published: false,
        version: 1,
      },
    });
  });

  it("shows drafts to curators of its sector body only", async () => {
    const own = (await app.execute(CURATED, { id: collectionId }, curator)).expectNoErrors();
    expect(own).toEqual({
      curatedCollections: [{ slug: "special-schools-north-west", published: false }],
      curatedCollection: { slug: "special-schools-north-west", version: 1 },
    });
    const draft = (
      await app.execute(PUBLIC, { slug: "special-schools-north-west" }, curator)
    ).expectNoErrors();
    expect(draft.collection?.published).toBe(false);

    const other = (
      await app.execute(CURATED, { id: collectionId }, otherBodyCurator)
    ).expectNoErrors();
    expect(other).toEqual({ curatedCollections: [], curatedCollection: null });
    const stranger = (
      await app.execute(PUBLIC, { slug: "special-schools-north-west" }, otherBodyCurator)
    ).expectNoErrors();
    expect(stranger.collection).toBeNull();
    for (const as of [{}, trustAdmin, schoolMember]) {
      const errors = (await app.execute(CURATED, { id: collectionId }, as)).expectErrors();
      expect(errors[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
  });

  it("replaces the collection and its order from the version loaded, keeping before and after", async () => {
    const answer = await save({
      id: collectionId,
      expectedVersion: 1,
      published: true,
      entries: [
        { trustId: trusts[2]?.id ?? "", note: "New this year." },
        { trustId: trusts[0]?.id ?? "", note: "Three special schools." },
      ],
    });
    const { collection } = expectTypename(answer, "SaveCollectionPayload");
    expect(collection.version).toBe(2);
    expect(collection.entries.map((e) => e.trust.name)).toEqual([
      "Osprey Schools Trust",
      "Heron Learning Trust",
    ]);
    const [, second] = await app.database.db
      .select()
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.action, "COLLECTION_SAVED"))
      .orderBy(tables.auditEvents.at);
    expect(second?.before).toMatchObject({ version: 1, published: false });
    expect(second?.before?.entries).toHaveLength(2);
    expect(second?.after).toMatchObject({
      version: 2,
      published: true,
      entries: [
        { trust: "Osprey Schools Trust", note: "New this year." },
        { trust: "Heron Learning Trust", note: "Three special schools." },
      ],
    });
  });

  it("publishes it to everyone, its trusts read in one statement", async () => {
    app.database.resetStatements();
    const seen = (
      await app.execute(PUBLIC, { slug: "special-schools-north-west" }, {})
    ).expectNoErrors();
    expect(app.database.statements).toHaveLength(2);
    expect(seen.collections).toEqual([
      {
        slug: "special-schools-north-west",
        title: "Trusts with special schools in the North West",
        summary: "Trusts running special schools across the North West.",
        entries: [
          { trust: { name: "Osprey Schools Trust" } },
          { trust: { name: "Heron Learning Trust" } },
        ],
      },
    ]);
    expect(seen.collection).toMatchObject({
      published: true,
      sectorBodyName: "Confederation of School Trusts",
      entries: [
        { position: 0, note: "New this year.", trust: { id: trusts[2]?.id } },
        { position: 1, note: "Three special schools.", trust: { id: trusts[0]?.id } },
      ],
    });
  });

  it("refuses a save from a stale version, saying who saved since, writing nothing", async () => {
    const before = await written();
    const answer = await save({ id: collectionId, expectedVersion: 1, title: "Overwritten" });
    expect(expectTypename(answer, "CollectionConflictError")).toMatchObject({
      currentVersion: 2,
      changedBy: "Cora Curator",
      message: expect.stringMatching(/Nothing was overwritten/),
    });
    const missing = expectTypename(await save({ id: collectionId }), "ValidationError");
    expect(missing.issues[0]?.path).toEqual(["input", "expectedVersion"]);
    expect(await written()).toEqual(before);
  });

  it("keeps the saved collection and its trusts whole when a change is refused", async () => {
    const before = await written();
    const answer = await save({
      id: collectionId,
      expectedVersion: 2,
      title: "Half written",
      entries: [
        { trustId: trusts[1]?.id ?? "" },
        { trustId: globalId("Trust", crypto.randomUUID()) },
      ],
    });
    expect(expectTypename(answer, "NotFoundError").path).toEqual([
      "input",
      "entries",
      "1",
      "trustId",
    ]);
    expect(await written()).toEqual(before);
    const seen = (await app.execute(CURATED, { id: collectionId }, curator)).expectNoErrors();
    expect(seen.curatedCollection?.version).toBe(2);
    const stored = await app.database.db
      .select({ position: tables.collectionEntries.position, note: tables.collectionEntries.note })
      .from(tables.collectionEntries)
      .orderBy(tables.collectionEntries.position);
    expect(stored).toEqual([
      { position: 0, note: "New this year." },
      { position: 1, note: "Three special schools." },
    ]);
  });

  it("refuses an address another collection has", async () => {
    const answer = await save({ slug: "special-schools-north-west", title: "Another one" });
    expect(expectTypename(answer, "CollectionSlugTakenError")).toMatchObject({
      path: ["input", "slug"],
      message: expect.stringMatching(/\/collections\/special-schools-north-west/),
    });
  });

  it("refuses a curator of another sector body the collection, writing nothing", async () => {
    const before = await written();
    const answer = await save({ id: collectionId, expectedVersion: 2 }, otherBodyCurator);
    expect(expectTypename(answer, "NotFoundError").path).toEqual(["input", "id"]);
    expect(await written()).toEqual(before);
  });

  it("asks a curator of two sector bodies which one a new collection is for", async () => {
    const before = await written();
    const slug = "two-bodies";
    const unsaid = await save({ slug }, twoBodyCurator);
    expect(expectTypename(unsaid, "ValidationError").issues).toEqual([
      {
        path: ["input", "sectorBodyId"],
        message: "You curate for more than one sector body: choose which this collection is for.",
      },
    ]);
    // A body they do not curate for is not theirs to choose.
    const stranger = await save({ slug, sectorBodyId: crypto.randomUUID() }, twoBodyCurator);
    expect(expectTypename(stranger, "NotFoundError").path).toEqual(["input", "sectorBodyId"]);
    expect(await written()).toEqual(before);

    const made = expectTypename(
      await save({ slug, published: true, sectorBodyId: bodies.elsewhere }, twoBodyCurator),
      "SaveCollectionPayload",
    ).collection;
    const shown = (await app.execute(PUBLIC, { slug })).expectNoErrors().collection;
    expect(shown?.sectorBodyName).toBe("Another Sector Body");
    // It stays with that body: a save naming the other one is refused, writing nothing.
    const after = await written();
    const moved = await save(
      { id: made.id, expectedVersion: made.version, slug, sectorBodyId: bodies.here },
      twoBodyCurator,
    );
    expect(expectTypename(moved, "ValidationError").issues[0]?.path).toEqual([
      "input",
      "sectorBodyId",
    ]);
    expect(await written()).toEqual(after);
  });
});
