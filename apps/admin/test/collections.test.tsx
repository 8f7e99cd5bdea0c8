import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoPassword } from "@atlas/data";
import { buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addEntry,
  type CollectionValues,
  checkCollection,
  fieldOfIssue,
  moveEntry,
  saveAnswerOf,
} from "../src/collections/collection-form.ts";
import {
  CollectionTrustSearchDocument,
  CuratedCollectionDocument,
  CuratedCollectionsDocument,
  SaveCollectionDocument,
} from "../src/gql/graphql.ts";
import { textOf as text, renderPage as visit } from "./support/render.tsx";
import { demoPasswordHash, sessionIn, signIn } from "./support/session.ts";

// Curated collections in the admin: the editor's form rules, then the pages against the real
// API on a fresh database, a curator saving through the editor's own mutation and reading the
// list and the editor. Server renders do not wait for queries, so each visit first asks the
// session's own client for what the page needs (answered then from its cache).

const heron = { trustId: "VHJ1c3Q6aGVyb24=", trustName: "Heron Learning Trust", note: "" };
const kestrel = { trustId: "VHJ1c3Q6a2VzdHJlbA==", trustName: "Kestrel Academies", note: "" };
const osprey = { trustId: "VHJ1c3Q6b3NwcmV5", trustName: "Osprey Schools Trust", note: "" };

const valid: CollectionValues = {
  title: "Trusts with special schools in the North West",
  slug: "special-schools-north-west",
  summary: "Trusts that run special schools.",
  published: false,
  entries: [heron, kestrel, osprey],
};

describe("the collection form", () => {
  it("moves a trust up, down and to the ends, never out of the list", () => {
    const names = (entries: { trustName: string }[]) => entries.map((e) => e.trustName[0]);
    expect(names(moveEntry(valid.entries, 2, 1))).toEqual(["H", "O", "K"]);
    expect(names(moveEntry(valid.entries, 0, 1))).toEqual(["K", "H", "O"]);
    expect(names(moveEntry(valid.entries, 0, 2))).toEqual(["K", "O", "H"]);
    expect(names(moveEntry(valid.entries, 0, -1))).toEqual(["H", "K", "O"]);
    expect(names(moveEntry(valid.entries, 2, 3))).toEqual(["H", "K", "O"]);
  });

  it("adds a trust once, at the end", () => {
    const once = addEntry([heron], { id: kestrel.trustId, name: kestrel.trustName });
    expect(once).toEqual([heron, kestrel]);
    expect(addEntry(once, { id: heron.trustId, name: heron.trustName })).toEqual(once);
  });

  it.each([
    ["input", ["input", "title"], "title"],
    ["schema", ["slug"], "slug"],
    ["an entry's note", ["input", "entries", "2", "note"], "entries-2-note"],
    ["an entry's trust", ["input", "entries", "1", "trustId"], "entries-1-note"],
    ["the entries", ["input", "entries"], "entries"],
  ])("places an issue about %s by its field", (_case, path, field) => {
    expect(fieldOfIssue(path)).toBe(field);
  });

  it("checks the form with the domain's rules, each message by its field, in order", () => {
    expect(checkCollection(valid)).toMatchObject({ ok: true });
    const checked = checkCollection({
      ...valid,
      title: " ",
      slug: "Not A Slug",
      entries: [heron, { ...kestrel, note: "x".repeat(501) }],
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.summary.map((s) => s.href)).toEqual([
      "#title",
      "#slug",
      "#entries-1-note",
    ]);
    expect(checked.errors.fields["entries-1-note"]).toMatch(/at most 500/);
  });

  it("asks a curator of several sector bodies to choose one, first in the summary", () => {
    const unchosen = checkCollection(
      { ...valid, title: " " },
      { curated: ["body-1", "body-2"], id: "" },
    );
    expect(unchosen.ok).toBe(false);
    if (unchosen.ok) return;
    expect(unchosen.errors.summary.map((s) => s.href)).toEqual(["#sectorBodyId", "#title"]);
    const chosen = checkCollection(valid, { curated: ["body-1", "body-2"], id: "body-2" });
    expect(chosen.ok && chosen.input.sectorBodyId).toBe("body-2");
    // A curator of one body, or a saved collection, sends none: the API knows it.
    const single = checkCollection(valid, { curated: ["body-1"], id: "" });
    expect(single.ok && "sectorBodyId" in single.input).toBe(false);
  });

  it("shows a taken address by the address, and a conflict as a conflict", () => {
    const taken = saveAnswerOf(valid, {
      __typename: "CollectionSlugTakenError",
      message: "Another collection is at /collections/x already: choose another address.",
    });
    expect(taken).toMatchObject({ kind: "issues", errors: { summary: [{ href: "#slug" }] } });
    const conflict = saveAnswerOf(valid, {
      __typename: "CollectionConflictError",
      message: "Cora Curator saved this collection…",
      currentVersion: 3,
    });
    expect(conflict).toEqual({ kind: "conflict", text: "Cora Curator saved this collection…" });
    expect(saveAnswerOf(valid, undefined).kind).toBe("error");
  });
});

let api: TestApi;
let curatorEmail: string;
let twoBodyEmail: string;
let adminEmail: string;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  for (const name of ["Heron Learning Trust", "Kestrel Academies", "Osprey Schools Trust"]) {
    await buildTrust(db, { name, schools: [{}] });
  }
  const { trust } = await buildTrust(db, { name: "Quiet Waters Trust" });
  const body = await buildSectorBody(db, { name: "Trust Atlas Curation" });
  const person = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    (await buildUser(db, { name, passwordHash: demoPasswordHash, roles })).email;
  curatorEmail = await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
  const other = await buildSectorBody(db, { name: "Northern Schools Network" });
  twoBodyEmail = await person("Tess Curator", [
    { role: "CURATOR", sectorBodyId: body.id },
    { role: "CURATOR", sectorBodyId: other.id },
  ]);
  adminEmail = await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: trust.id }]);
});

afterAll(async () => {
  await api?.close();
});

async function signedInAs(email: string) {
  const visitor = sessionIn(api);
  await signIn(visitor.session.current(), email, demoPassword);
  return visitor;
}

describe("the collection pages", () => {
  it("keep others out, and list collections in the side navigation for curators only", async () => {
    const { session } = await signedInAs(adminEmail);
    const html = await visit(session, "/collections");
    expect(text(html)).toContain("Collections is for sector body curators, and you are not one.");
    expect(html).not.toMatch(/href="\/collections"/);
  });

  it("let a curator save a collection from the editor, then list and edit it in order", async () => {
    const { session } = await signedInAs(curatorEmail);
    const client = session.current();
    const found = await client
      .query(CollectionTrustSearchDocument, { search: "Trust" })
      .toPromise();
    const trusts = found.data?.trusts.nodes ?? [];
    const idOf = (name: string) => trusts.find((t) => t.name === name)?.id ?? "";
    expect(idOf("Osprey Schools Trust")).not.toBe("");

    await client.query(CuratedCollectionsDocument, {}).toPromise();
    const empty = await visit(session, "/collections");
    expect(text(empty)).toContain("There are no collections yet.");
    expect(empty).toMatch(
      /href="\/collections"[^>]*aria-current="page"|aria-current="page"[^>]*href="\/collections"/,
    );

    const saved = await client
      .mutation(SaveCollectionDocument, {
        input: {
          title: valid.title,
          slug: valid.slug,
          summary: valid.summary,
          published: false,
          entries: [
            { trustId: idOf("Osprey Schools Trust"), note: "First." },
            { trustId: idOf("Heron Learning Trust"), note: "" },
          ],
        },
      })
      .toPromise();
    const outcome = saved.data?.saveCollection;
    if (outcome?.__typename !== "SaveCollectionPayload") throw new Error("not saved");
    const id = outcome.collection.id;

    // The save made the list stale: the page reads it again.
    await client.query(CuratedCollectionsDocument, {}).toPromise();
    const list = text(await visit(session, "/collections"));
    expect(list).toContain(`${valid.title} /collections/${valid.slug} Draft 2 trusts`);

    await client.query(CuratedCollectionDocument, { id }).toPromise();
    const editor = await visit(session, `/collections/${encodeURIComponent(id)}`);
    expect(editor.match(/<h1/g)).toHaveLength(1);
    expect(text(editor)).toMatch(
      /1\. Osprey Schools Trust .*First\..*Move up Osprey Schools Trust.*2\. Heron Learning Trust/,
    );
    expect(editor).toMatch(/aria-label="Drag Osprey Schools Trust, number 1 of 2"/);
    expect(editor).toMatch(/aria-roledescription="sortable"/);
    expect(editor).toMatch(
      /<button[^>]*aria-disabled="true"[^>]*id="move-up-0"|id="move-up-0"[^>]*aria-disabled="true"/,
    );
    expect(editor).toContain('value="special-schools-north-west"');
  });

  it("say so for a collection there is none of", async () => {
    const { session } = await signedInAs(curatorEmail);
    const id = Buffer.from(`Collection:${crypto.randomUUID()}`).toString("base64");
    await session.current().query(CuratedCollectionDocument, { id }).toPromise();
    const html = await visit(session, `/collections/${encodeURIComponent(id)}`);
    expect(text(html)).toContain("There is no such collection");
  });

  it("offer an empty form for a new one", async () => {
    const { session } = await signedInAs(curatorEmail);
    const html = text(await visit(session, "/collections/new"));
    expect(html).toContain("Collections Create a collection");
    expect(html).toContain("No trusts yet: find one below and add it.");
    expect(html).toContain("Save the collection");
    expect(html).not.toContain("Sector body");
  });

  it("ask a curator of two sector bodies which one a new collection is for", async () => {
    const { session } = await signedInAs(twoBodyEmail);
    const html = await visit(session, "/collections/new");
    expect(html).toMatch(/<label class="ui-label" for="sectorBodyId">Sector body<\/label>/);
    expect(text(html)).toContain(
      "Choose a sector body Northern Schools Network Trust Atlas Curation",
    );
  });
});
