/**
 * Which sector body a new collection is made for: the one asked for, which must be one the
 * curator curates for, or else their only one. A curator of several must say which, so that a
 * collection never lands with a body by the order of their roles.
 */
export type CollectionSectorBody =
  | { ok: true; sectorBodyId: string }
  | { ok: false; refusal: "CHOOSE" | "NOT_CURATED" | "NONE"; message: string };

export function collectionSectorBody(
  asked: string | null,
  curated: readonly string[],
): CollectionSectorBody {
  if (asked !== null) {
    return curated.includes(asked)
      ? { ok: true, sectorBodyId: asked }
      : {
          ok: false,
          refusal: "NOT_CURATED",
          message: "You do not curate for a sector body with this id.",
        };
  }
  const [only, ...more] = curated;
  if (only === undefined) {
    return {
      ok: false,
      refusal: "NONE",
      message: "Only a sector body's curators make collections.",
    };
  }
  if (more.length > 0) {
    return {
      ok: false,
      refusal: "CHOOSE",
      message: "You curate for more than one sector body: choose which this collection is for.",
    };
  }
  return { ok: true, sectorBodyId: only };
}
