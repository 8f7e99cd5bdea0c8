import { type Db, type DbOrTx, tables, violatedConstraint } from "@atlas/db";
import { type CollectionInput, collectionSectorBody } from "@atlas/domain";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Viewer } from "../../context.ts";
import { NotFoundError, ValidationError } from "../../shared/errors.ts";
import { recordAudit } from "../audit-log/service.ts";
import { CollectionConflictError, CollectionSlugTakenError } from "./errors.ts";

const { collections, collectionEntries, sectorBodies, trusts, users } = tables;

type CollectionRow = typeof collections.$inferSelect;

/** What the audit log keeps of a collection, before and after a save. */
async function recordOf(tx: DbOrTx, row: CollectionRow, sectorBody: string | null) {
  const entries = await tx
    .select({
      trustId: collectionEntries.trustId,
      trust: trusts.name,
      note: collectionEntries.note,
    })
    .from(collectionEntries)
    .innerJoin(trusts, eq(trusts.id, collectionEntries.trustId))
    .where(eq(collectionEntries.collectionId, row.id))
    .orderBy(asc(collectionEntries.position));
  return {
    sectorBody,
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    published: row.published,
    version: row.version,
    entries,
  };
}

/**
 * Creates a collection for the curator's sector body (no `id`), or replaces one of that body's
 * collections if it is still at `expectedVersion`. Its trusts are replaced in the same
 * transaction as the rest, with the audit entry, so a refusal leaves everything as it was.
 */
export async function saveCollection(
  db: Db,
  save: {
    id: string | null;
    expectedVersion: number | null;
    collection: CollectionInput;
    curator: Viewer;
    sectorBodyIds: readonly string[];
    /** The body asked for, if any: see bodyOfNewCollection. */
    sectorBodyId: string | null;
  },
): Promise<CollectionRow> {
  const { collection, curator } = save;
  try {
    return await db.transaction(async (tx) => {
      // A stale save is refused before anything else: the curator reloads, then tries again.
      const current =
        save.id === null
          ? null
          : await currentAt(tx, save.id, save.expectedVersion, save.sectorBodyIds);
      await ensureTrustsExist(tx, collection.entries);
      await ensureSlugFree(tx, collection.slug, save.id);

      const fields = {
        title: collection.title,
        slug: collection.slug,
        summary: collection.summary,
        published: collection.published,
        updatedBy: curator.id,
      };
      if (current && save.sectorBodyId !== null && save.sectorBodyId !== current.sectorBodyId) {
        throw new ValidationError([
          {
            path: ["input", "sectorBodyId"],
            message: "A collection stays with the sector body it was made for: leave this out.",
          },
        ]);
      }
      const sectorBodyId =
        current?.sectorBodyId ?? bodyOfNewCollection(save.sectorBodyId, save.sectorBodyIds);
      // Which body it is for, in the log's before and after alike: a curator of several chooses.
      const [body] = await tx
        .select({ name: sectorBodies.name })
        .from(sectorBodies)
        .where(eq(sectorBodies.id, sectorBodyId));
      const bodyName = body?.name ?? null;
      const before = current ? await recordOf(tx, current, bodyName) : null;
      let row: CollectionRow | undefined;
      if (current === null) {
        [row] = await tx
          .insert(collections)
          .values({ ...fields, sectorBodyId })
          .returning();
      } else {
        [row] = await tx
          .update(collections)
          .set({ ...fields, version: current.version + 1, updatedAt: new Date() })
          .where(eq(collections.id, current.id))
          .returning();
        await tx.delete(collectionEntries).where(eq(collectionEntries.collectionId, current.id));
      }
      if (!row) throw new Error("a collection was not written");
      const saved = row;
      if (collection.entries.length > 0) {
        await tx.insert(collectionEntries).values(
          collection.entries.map((entry, position) => ({
            collectionId: saved.id,
            trustId: entry.trustId,
            position,
            note: entry.note,
          })),
        );
      }
      await recordAudit(tx, {
        actor: curator,
        action: "COLLECTION_SAVED",
        subjectType: "COLLECTION",
        subjectId: saved.id,
        summary: `${before ? "Saved" : "Created"} the collection “${saved.title}”${saved.published ? " (published)" : " (draft)"}`,
        before,
        after: await recordOf(tx, saved, bodyName),
      });
      return saved;
    });
  } catch (error) {
    // Two curators creating the same address at once: the unique index decides.
    const violated = violatedConstraint(error);
    if (violated?.code === "23505" && violated.constraint?.startsWith("collections_slug")) {
      throw new CollectionSlugTakenError(collection.slug);
    }
    throw error;
  }
}

/** Every trust named must be on the register; the first missing one is named by its entry. */
async function ensureTrustsExist(tx: DbOrTx, entries: CollectionInput["entries"]) {
  if (entries.length === 0) return;
  const ids = entries.map((e) => e.trustId);
  const found = await tx.select({ id: trusts.id }).from(trusts).where(inArray(trusts.id, ids));
  const known = new Set(found.map((t) => t.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) {
    throw new NotFoundError(
      ["input", "entries", String(missing), "trustId"],
      "There is no such trust: search for it again and add it from the results.",
    );
  }
}

/** No other collection may have the address: two pages cannot share one URL. */
async function ensureSlugFree(tx: DbOrTx, slug: string, ownId: string | null) {
  const [clash] = await tx
    .select({ id: collections.id })
    .from(collections)
    .where(and(eq(collections.slug, slug), ownId ? ne(collections.id, ownId) : undefined));
  if (clash) throw new CollectionSlugTakenError(slug);
}

/** The domain's choice of body for a new collection, its refusals as the API's errors. */
function bodyOfNewCollection(asked: string | null, curated: readonly string[]): string {
  const body = collectionSectorBody(asked, curated);
  if (body.ok) return body.sectorBodyId;
  const path = ["input", "sectorBodyId"];
  switch (body.refusal) {
    case "NOT_CURATED":
      throw new NotFoundError(path, body.message);
    case "CHOOSE":
      throw new ValidationError([{ path, message: body.message }]);
    case "NONE":
      // The resolver lets only curators in.
      throw new Error("a collection was saved by someone who curates nothing");
  }
}

/**
 * The collection, locked for the save, if it is one of the curator's sector bodies' and still at
 * the version they loaded; otherwise who saved it since, and when.
 */
async function currentAt(
  tx: DbOrTx,
  id: string,
  expectedVersion: number | null,
  sectorBodyIds: readonly string[],
): Promise<CollectionRow> {
  const current = await lockedCollection(tx, id, sectorBodyIds);
  if (current.version === expectedVersion) return current;
  const [by] = current.updatedBy
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, current.updatedBy))
    : [];
  throw new CollectionConflictError(current.version, by?.name ?? null, current.updatedAt);
}

/** The collection, locked for the save, if it belongs to one of the curator's sector bodies. */
async function lockedCollection(tx: DbOrTx, id: string, sectorBodyIds: readonly string[]) {
  const [current] = await tx
    .select()
    .from(collections)
    .where(and(eq(collections.id, id), inArray(collections.sectorBodyId, [...sectorBodyIds])))
    .for("update");
  if (!current) {
    throw new NotFoundError(["input", "id"], "Your sector body has no collection with this id.");
  }
  return current;
}
