import { collectionInputSchema, collectionSlugSchema } from "@atlas/domain";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { signedInViewer } from "../../shared/actor.ts";
import {
  type FieldIssue,
  NotFoundError,
  parseInput,
  ValidationError,
} from "../../shared/errors.ts";
import { globalIdOf, rowIdOf } from "../../shared/global-id.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { TrustRef } from "../trusts/schema.ts";
import { CollectionConflictError, CollectionSlugTakenError } from "./errors.ts";
import { saveCollection } from "./service.ts";

const curatorsOnly = { curator: true } as const;

/** The sector bodies the viewer curates for: a collection is its body's to see as a draft and change. */
const curatedBodiesOf = (ctx: Context): string[] =>
  (ctx.viewer?.grants ?? []).flatMap((g) =>
    g.role === "CURATOR" && g.sectorBodyId ? [g.sectorBodyId] : [],
  );

builder.objectType(CollectionConflictError, {
  name: "CollectionConflictError",
  description:
    "Another curator saved the collection since you loaded it. Nothing was written: reload it and make your change again.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt("currentVersion"),
    changedBy: t.exposeString("changedBy", { nullable: true }),
    changedAt: t.expose("changedAt", { type: "DateTime" }),
  }),
});

builder.objectType(CollectionSlugTakenError, {
  name: "CollectionSlugTakenError",
  description: "Another collection has this address (slug) already. Nothing was written.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    path: t.exposeStringList("path", { description: "The input at fault: [input, slug]." }),
  }),
});

const CollectionEntryRef = builder.drizzleObject("collectionEntries", {
  name: "CollectionEntry",
  description: "One trust of a collection, where the curator placed it, with their note.",
  fields: (t) => ({
    position: t.exposeInt("position", { description: "0 for the first trust, and so on." }),
    note: t.exposeString("note", { description: "Why the trust is here; may be blank." }),
    trust: t.relation("trust", { type: TrustRef }),
  }),
});

export const CollectionRef = builder.drizzleObject("collections", {
  name: "Collection",
  description:
    "A curated listing by a sector body: a title, editorial text and trusts in order, each with a note. Published ones show on the public home page and at /collections/<slug>.",
  fields: (t) => ({
    id: t.id({ resolve: (c) => globalIdOf("Collection", c.id) }),
    title: t.exposeString("title"),
    slug: t.exposeString("slug", { description: "Its address: /collections/<slug>." }),
    summary: t.exposeString("summary", { description: "The editorial text, as plain text." }),
    published: t.exposeBoolean("published"),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    version: t.exposeInt("version", { description: "Name it when saving (expectedVersion)." }),
    sectorBodyName: t.string({
      select: { with: { sectorBody: { columns: { name: true } } } },
      resolve: (c) => c.sectorBody.name,
    }),
    entries: t.relation("entries", {
      type: CollectionEntryRef,
      description: "The trusts, in the curator's order.",
      query: { orderBy: { position: "asc" } },
    }),
  }),
});

builder.queryFields((t) => ({
  collections: t.drizzleField({
    type: [CollectionRef],
    description: "The published collections, the most recently saved first.",
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.collections.findMany(
        query({ where: { published: true }, orderBy: { updatedAt: "desc" }, limit: 100 }),
      ),
  }),
  collection: t.drizzleField({
    type: CollectionRef,
    nullable: true,
    description:
      "A published collection by its address; null when there is none. Curators of its sector body also see it as a draft.",
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (query, _root, { slug }, ctx) => {
      // An address no collection could have is not looked up.
      if (!collectionSlugSchema.safeParse(slug).success) return null;
      const bodies = curatedBodiesOf(ctx);
      const found = await ctx.db.query.collections.findFirst(
        query({
          where: {
            slug,
            OR: [{ published: true }, ...(bodies.length ? [{ sectorBodyId: { in: bodies } }] : [])],
          },
        }),
      );
      return found ?? null;
    },
  }),
  curatedCollections: t.drizzleField({
    type: [CollectionRef],
    description:
      "Your sector body's collections, drafts and published, the most recently saved first. Curators only.",
    authScopes: curatorsOnly,
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.collections.findMany(
        query({
          where: { sectorBodyId: { in: curatedBodiesOf(ctx) } },
          orderBy: { updatedAt: "desc" },
          limit: 200,
        }),
      ),
  }),
  curatedCollection: t.drizzleField({
    type: CollectionRef,
    nullable: true,
    description:
      "One of your sector body's collections by its id, draft or published, to edit; null when it has none with that id. Curators only.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: curatorsOnly,
    resolve: async (query, _root, args, ctx) => {
      const id = rowIdOf(args.id, "Collection");
      if (!id) return null;
      const found = await ctx.db.query.collections.findFirst(
        query({ where: { id, sectorBodyId: { in: curatedBodiesOf(ctx) } } }),
      );
      return found ?? null;
    },
  }),
}));

const CollectionEntryInput = builder.inputType("CollectionEntryInput", {
  fields: (t) => ({
    trustId: t.id({ required: true, description: "The trust's ID (Trust.id)." }),
    note: t.string({ required: false, description: "Why it is here; blank when omitted." }),
  }),
});

const SaveCollectionInput = builder.inputType("SaveCollectionInput", {
  description:
    "A whole collection: without id it is created, with id (and the version you loaded) it is replaced.",
  fields: (t) => ({
    id: t.id({ required: false, description: "The collection to change; omit to create one." }),
    expectedVersion: t.int({
      required: false,
      description: "The version you loaded (Collection.version); required with id.",
    }),
    sectorBodyId: t.id({
      required: false,
      description:
        "Which of your sector bodies a new collection is for (SectorBody.id): needed only when you curate for more than one. A collection stays with the body it was made for.",
    }),
    title: t.string({ required: true }),
    slug: t.string({ required: true, description: "Its address: /collections/<slug>." }),
    summary: t.string({ required: true, description: "The editorial text." }),
    published: t.boolean({ required: true }),
    entries: t.field({
      type: [CollectionEntryInput],
      required: true,
      description: "The trusts, in the order the public reads them.",
    }),
  }),
});

const SaveCollectionPayload = builder
  .objectRef<{ collectionId: string }>("SaveCollectionPayload")
  .implement({
    description: "The collection, as it is after the save.",
    fields: (t) => ({
      collection: t.drizzleField({
        type: CollectionRef,
        resolve: async (query, { collectionId }, _args, ctx) => {
          const found = await ctx.db.query.collections.findFirst(
            query({ where: { id: collectionId } }),
          );
          if (!found) throw new Error("a collection just saved vanished");
          return found;
        },
      }),
    }),
  });

builder.mutationFields((t) => ({
  saveCollection: t.field({
    type: SaveCollectionPayload,
    description:
      "Creates a collection for your sector body, or replaces one of its collections if no one saved it since expectedVersion: title, address, editorial text, whether it is published, and its trusts in order with notes. Curators only.",
    args: { input: t.arg({ type: SaveCollectionInput, required: true }) },
    errors: {
      types: [ValidationError, NotFoundError, CollectionConflictError, CollectionSlugTakenError],
    },
    authScopes: curatorsOnly,
    resolve: async (_root, { input }, ctx) => {
      const id = input.id ? rowIdOf(input.id, "Collection") : null;
      if (input.id && !id) {
        throw new NotFoundError(["input", "id"], "This is not a collection's id.");
      }
      const issues: FieldIssue[] = [];
      if (id && input.expectedVersion == null) {
        issues.push({
          path: ["input", "expectedVersion"],
          message: "Give the version you loaded, so no one else's save is overwritten.",
        });
      }
      // Global ids become row ids here; one that is not a trust's is refused by the schema.
      const entries = input.entries.map((entry) => ({
        trustId: rowIdOf(entry.trustId, "Trust") ?? entry.trustId,
        note: entry.note ?? undefined,
      }));
      const collection = parseInput(
        collectionInputSchema,
        {
          title: input.title,
          slug: input.slug,
          summary: input.summary,
          published: input.published,
          entries,
        },
        ["input"],
        issues,
      );
      const row = await saveCollection(ctx.db, {
        id,
        expectedVersion: input.expectedVersion ?? null,
        collection,
        curator: signedInViewer(ctx),
        sectorBodyIds: curatedBodiesOf(ctx),
        sectorBodyId: input.sectorBodyId ?? null,
      });
      return { collectionId: row.id };
    },
  }),
}));
