import { type DbOrTx, executeRows, tables } from "@atlas/db";
import { type TrustFilter, type TrustOrder, trustFilterSchema, trustOrderFor } from "@atlas/domain";
import { cursorToOffset, offsetToCursor } from "@pothos/plugin-relay";
import { eq } from "drizzle-orm";
import { badUserInput, parseArgs } from "../../shared/errors.ts";
import {
  type FacetDimension,
  facetDimensions,
  facetsStatement,
  type Origin,
} from "./search-sql.ts";

/** A search read and checked: the filter, the order it is shown in, and where "near" is. */
export interface TrustSearch {
  filter: TrustFilter;
  order: TrustOrder;
  origin: Origin | null;
}

/**
 * Checks a search's filter and order with the domain's rules, and finds the school it is near
 * (one statement, only when `near` is given): an unknown URN or a school the register has not
 * placed is a mistake to report, not an empty result.
 */
export async function readTrustSearch(
  db: DbOrTx,
  args: { filter?: unknown; orderBy?: TrustOrder | null },
): Promise<TrustSearch> {
  const filter = parseArgs(trustFilterSchema, args.filter ?? {}, ["filter"]);
  const order = trustOrderFor(filter, args.orderBy);
  if ("error" in order) throw badUserInput(order.error, ["orderBy"]);
  let origin: Origin | null = null;
  if (filter.near) {
    const { schools } = tables;
    const [school] = await db
      .select({ easting: schools.easting, northing: schools.northing })
      .from(schools)
      .where(eq(schools.urn, filter.near.urn));
    if (!school)
      throw badUserInput(`There is no school with URN ${filter.near.urn}.`, [
        "filter",
        "near",
        "urn",
      ]);
    if (school.easting === null || school.northing === null)
      throw badUserInput(
        `The register does not say where the school with URN ${filter.near.urn} is, so distances cannot be measured from it.`,
        ["filter", "near", "urn"],
      );
    origin = { easting: school.easting, northing: school.northing };
  }
  return { filter, order: order.order, origin };
}

/** Furthest a page may start: far beyond any real result set, short of a costly scan. */
export const MAX_OFFSET = 100_000;

/**
 * Relay page arguments, or a plain `offset`, as an offset and a limit, so a page can be
 * reached by its number without walking the pages before it.
 */
export function pageWindow(
  args: {
    first?: number | null;
    after?: string | null;
    last?: number | null;
    before?: string | null;
    offset?: number | null;
  },
  defaultSize: number,
): { offset: number; limit: number } {
  if (args.offset != null) {
    if (args.after != null || args.before != null || args.last != null)
      throw badUserInput("Give offset with first only, not with a cursor or last.", ["offset"]);
    if (args.offset < 0 || args.offset > MAX_OFFSET)
      throw badUserInput(`offset must be from 0 to ${MAX_OFFSET.toLocaleString("en-GB")}.`, [
        "offset",
      ]);
    return { offset: args.offset, limit: args.first ?? defaultSize };
  }
  const read = (cursor: string, name: string) => {
    const offset = cursorToOffset(cursor);
    if (!Number.isInteger(offset) || offset < 0)
      throw badUserInput(`This ${name} cursor is not one this search gave out.`, [name]);
    return offset;
  };
  if (args.before != null || args.last != null) {
    const end = args.before != null ? read(args.before, "before") : null;
    const size = args.last ?? defaultSize;
    if (end === null) throw badUserInput("Give before with last: a page ending where.", ["before"]);
    const offset = Math.max(0, end - size);
    return { offset, limit: end - offset };
  }
  const start = args.after != null ? read(args.after, "after") + 1 : 0;
  return { offset: start, limit: args.first ?? defaultSize };
}

export const cursorAt = offsetToCursor;

export type FacetCounts = Record<FacetDimension, Map<string, number>>;

/**
 * Counts for every option of the facets asked for (all by default), in one statement (see
 * `facetsStatement`); the others come back empty.
 */
export async function trustFacets(
  db: DbOrTx,
  search: TrustSearch,
  viewer: { curator: boolean } = { curator: false },
  dimensions?: ReadonlySet<FacetDimension>,
): Promise<FacetCounts> {
  const counts = Object.fromEntries(facetDimensions.map((d) => [d, new Map()])) as FacetCounts;
  const statement = facetsStatement(search.filter, search.origin, viewer, dimensions);
  if (!statement) return counts;
  const rows = await executeRows(db, statement);
  for (const row of rows) {
    counts[row.dimension as FacetDimension]?.set(String(row.value), Number(row.count));
  }
  return counts;
}
