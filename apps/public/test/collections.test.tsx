import { createTestApi, type TestApi } from "@atlas/api/testing";
import { tables } from "@atlas/db";
import { buildSectorBody, buildTrust } from "@atlas/db/testing";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import CollectionPage, {
  loader as collectionLoader,
  meta as collectionMeta,
} from "../app/routes/collection.tsx";
import Home, { loader as homeLoader } from "../app/routes/home.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, routeFetchTo } from "./support/api.ts";

// The loaders ask the real API, in process, on a fresh database holding two collections.
let api: TestApi;
let calls: ApiCall[];
let trustIds: string[];

const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const body = await buildSectorBody(db, { name: "Confederation of School Trusts" });
  const built = [];
  for (const name of ["Heron Learning Trust", "Kestrel Academies", "Osprey Schools Trust"]) {
    built.push((await buildTrust(db, { name, region: "NORTH_WEST", schools: [{}, {}] })).trust);
  }
  trustIds = built.map((t) => t.id);
  const [published, draft] = await db
    .insert(tables.collections)
    .values([
      {
        slug: "special-schools-north-west",
        title: "Trusts with special schools in the North West",
        summary: "Trusts that run special schools.\n\nChosen with their schools' heads.",
        published: true,
        sectorBodyId: body.id,
      },
      {
        slug: "not-yet",
        title: "A draft collection",
        summary: "Not ready.",
        published: false,
        sectorBodyId: body.id,
      },
    ])
    .returning();
  if (!published || !draft) throw new Error("collections not inserted");
  // Stored out of order: the page follows the positions, not the insertion.
  await db.insert(tables.collectionEntries).values([
    { collectionId: published.id, trustId: built[0]?.id ?? "", position: 2, note: "Third." },
    { collectionId: published.id, trustId: built[2]?.id ?? "", position: 0, note: "First." },
    { collectionId: published.id, trustId: built[1]?.id ?? "", position: 1, note: "" },
    { collectionId: draft.id, trustId: built[0]?.id ?? "", position: 0, note: "" },
  ]);
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

async function statusThrownBy(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
  } catch (thrown) {
    if (typeof thrown === "object" && thrown !== null && "init" in thrown) {
      return (thrown as { init?: { status?: number } | null }).init?.status;
    }
    throw thrown;
  }
  throw new Error("expected the loader to throw");
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

const collectionArgs = (slug: string) =>
  routeArgs(`/collections/${slug}`, { slug }) as unknown as Parameters<typeof collectionLoader>[0];

describe("a collection's page", () => {
  it("is a 404 for an address no collection has, and for a draft", async () => {
    expect(await statusThrownBy(collectionLoader(collectionArgs("no-such-collection")))).toBe(404);
    expect(await statusThrownBy(collectionLoader(collectionArgs("not-yet")))).toBe(404);
    expect(calls.map((c) => c.operationName)).toEqual(["CollectionPage", "CollectionPage"]);
  });

  it("shows the editorial text and the trusts in the curator's order, with notes and links", async () => {
    const loaderData = await collectionLoader(collectionArgs("special-schools-north-west"));
    const Stub = createRoutesStub([
      {
        id: "collection",
        path: "/collections/:slug",
        Component: CollectionPage,
        loader: () => loaderData,
      },
    ]);
    const html = renderToString(
      <Stub
        initialEntries={["/collections/special-schools-north-west"]}
        hydrationData={{ loaderData: { collection: loaderData } }}
      />,
    );
    const page = text(html);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(page).toContain("Collection Trusts with special schools in the North West");
    expect(html).toContain('<p class="ui-body-l">Trusts that run special schools.</p>');
    expect(html).toContain('<p class="ui-body-l">Chosen with their schools&#x27; heads.</p>');
    const names = [...html.matchAll(/<a[^>]*href="\/trusts\/([^"]+)"[^>]*>(.*?)<\/a>/g)].map(
      ([, id = "", name = ""]) => [decodeURIComponent(id), text(name)],
    );
    expect(names).toEqual([
      [globalId("Trust", trustIds[2] ?? ""), "Osprey Schools Trust"],
      [globalId("Trust", trustIds[1] ?? ""), "Kestrel Academies"],
      [globalId("Trust", trustIds[0] ?? ""), "Heron Learning Trust"],
    ]);
    expect(page).toMatch(
      /Osprey Schools Trust .*First\. .*Kestrel Academies .*Heron Learning Trust .*Third\./,
    );
    expect(page).toContain("3 trusts");
    expect(page).not.toContain("A draft");

    const tags = collectionMeta({ loaderData } as Parameters<typeof collectionMeta>[0]);
    expect(tags).toEqual([
      { title: "Trusts with special schools in the North West – Trust Atlas" },
      {
        name: "description",
        content:
          "Trusts with special schools in the North West: 3 trusts chosen by Confederation of School Trusts.",
      },
    ]);
  });
});

describe("the home page", () => {
  it("lists the published collections, linking to each, and not the drafts", async () => {
    const loaderData = await homeLoader(
      routeArgs("/", {}) as unknown as Parameters<typeof homeLoader>[0],
    );
    expect(loaderData.collections.map((c) => c.slug)).toEqual(["special-schools-north-west"]);
    const Stub = createRoutesStub([
      { id: "home", path: "/", Component: Home, loader: () => loaderData },
    ]);
    const html = renderToString(
      <Stub initialEntries={["/"]} hydrationData={{ loaderData: { home: loaderData } }} />,
    );
    expect(html).toMatch(
      /<a class="ui-card__link" href="\/collections\/special-schools-north-west">Trusts with special schools in the North West<\/a>/,
    );
    expect(text(html)).toContain("Trusts that run special schools.");
    expect(html).not.toContain("A draft collection");
  });
});
