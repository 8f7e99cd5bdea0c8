import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  smallint,
  snakeCase,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns.ts";
import {
  establishmentStatusEnum,
  establishmentTypeEnum,
  inspectionOutcomeEnum,
  phaseEnum,
  regionEnum,
  religiousCharacterEnum,
} from "./enums.ts";

/** An establishment on the register, identified by its URN. */
export const schools = snakeCase.table(
  "schools",
  {
    id: uuid().primaryKey().defaultRandom(),
    urn: integer().notNull().unique(),
    ukprn: text(),
    name: text().notNull(),
    laCode: smallint().notNull(),
    laName: text().notNull(),
    region: regionEnum().notNull(),
    phase: phaseEnum().notNull(),
    establishmentType: establishmentTypeEnum().notNull(),
    religiousCharacter: religiousCharacterEnum().notNull().default("DOES_NOT_APPLY"),
    diocese: text(),
    pupils: integer(),
    capacity: integer(),
    postcode: text(),
    easting: integer(),
    northing: integer(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    status: establishmentStatusEnum().notNull().default("OPEN"),
    /** The register's latest graded inspection outcome and its date, where it has them. */
    inspectionOutcome: inspectionOutcomeEnum(),
    inspectedOn: date({ mode: "string" }),
    /** When the register says the school closed. */
    closedOn: date({ mode: "string" }),
    ...timestamps,
  },
  (t) => [
    index("schools_name_idx").on(t.name, t.id),
    index("schools_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("schools_region_phase_idx").on(t.region, t.phase),
    index("schools_la_code_idx").on(t.laCode),
    check("schools_urn_check", sql`${t.urn} between 100000 and 999999`),
    check("schools_pupils_check", sql`${t.pupils} is null or ${t.pupils} >= 0`),
    check("schools_capacity_check", sql`${t.capacity} is null or ${t.capacity} >= 0`),
    check(
      "schools_latitude_check",
      sql`${t.latitude} is null or ${t.latitude} between 49.8 and 55.9`,
    ),
    check(
      "schools_longitude_check",
      sql`${t.longitude} is null or ${t.longitude} between -6.5 and 2`,
    ),
  ],
);
