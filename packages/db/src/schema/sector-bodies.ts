import { snakeCase, text, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns.ts";

/** A national body of the sector that verifies trusts and curates listings. */
export const sectorBodies = snakeCase.table("sector_bodies", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  ...timestamps,
});
