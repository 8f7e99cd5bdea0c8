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
     * Schools it runs today: kept by the database itself (triggers on memberships, migration
     * `trusts_school_count`), so search can filter and sort by size without counting per trust.
     */
    schoolCount: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index("trusts_name_idx").on(t.name, t.id),
    index("trusts_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("trusts_region_idx").on(t.region),
    check("trusts_school_count_check", sql`${t.schoolCount} >= 0`),
  ],
);
