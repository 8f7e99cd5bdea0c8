import type { Db } from "@atlas/db";
import { pageArgsSchema } from "@atlas/domain";
import type { SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { parseArgs } from "./errors.ts";

interface SearchArgs {
  filter?: unknown;
}

/**
 * The pieces of a top-level connection narrowed by a filter input (`trusts(filter:)`,
 * `schools(filter:)`): the filter is checked with the domain's schema, and the same SQL
 * condition serves the page and its `totalCount`, so the two can never disagree.
 */
export function searchConnection<T extends PgTable, S extends z.ZodType>(options: {
  table: T;
  filterSchema: S;
  condition: (filter: z.output<S>, table: T) => SQL;
}) {
  const filterOf = (args: SearchArgs): z.output<S> =>
    parseArgs(options.filterSchema, args.filter ?? {}, ["filter"]);
  return {
    totalCount: (_parent: unknown, args: SearchArgs, ctx: { db: Db }) =>
      ctx.db.$count(options.table, options.condition(filterOf(args), options.table)),
    /** The `where` of the page's relational query; checks the page arguments too. */
    where: (args: SearchArgs) => {
      parseArgs(pageArgsSchema, args);
      const filter = filterOf(args);
      return { RAW: (table: T) => options.condition(filter, table) };
    },
  };
}
