import { sql } from "drizzle-orm";
import { check, date, index, integer, snakeCase, text, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns.ts";
import { groupStatusEnum, groupTypeEnum, regionEnum } from "./enums.ts";

/** A school trust as the register (GIAS) knows it: a "group" of type MAT or SAT. */
export const trusts = snakeCase.table(
  "trusts",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupUid: integer().notNull().unique(),
    groupId: text().unique(),
    companiesHouseNumber: text(),
    ukprn: text(),
    name: text().notNull(),
    type: groupTypeEnum().notNull(),
    status: groupStatusEnum().notNull().default("OPEN"),
    openedOn: date({ mode: "string" }),
    headOfficePostcode: text(),
    region: regionEnum(),
    /**
     * Schools it runs today: kept by the database itself (triggers on memberships and schools,
     * migration `trust_search_facts`), so search filters by size without counting per trust.
     */
    schoolCount: integer().notNull().default(0),
    /**
     * What its schools today are, as keys search can match with one indexed `&&`: for each
     * school and each combination of region (r), phase (p) and religious character (c), a key
     * such as `rp:NORTH_WEST/PRIMARY`. Kept by the same triggers; the API builds the keys a
     * search asks for in `modules/trusts/sql.ts` (`schoolFacetKeys`).
     */
    schoolFacets: text().array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    index("trusts_name_idx").on(t.name, t.id),
    index("trusts_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("trusts_region_idx").on(t.region),
    index("trusts_school_facets_idx").using("gin", t.schoolFacets),
    check("trusts_school_count_check", sql`${t.schoolCount} >= 0`),
  ],
);
