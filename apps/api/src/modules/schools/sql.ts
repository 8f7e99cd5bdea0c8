import { tables } from "@atlas/db";
import { type SchoolFilter, urnSchema } from "@atlas/domain";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import { likePattern } from "../../shared/like-pattern.ts";

type SchoolsTable = typeof tables.schools;
const { currentMemberships } = tables;

/** The condition a school must meet to match a search; `school` may be an aliased table. */
export function schoolSearchCondition(filter: SchoolFilter, school: SchoolsTable): SQL {
  const conditions: SQL[] = [sql`${school.status} <> 'CLOSED'`];
  if (filter.statuses?.length) conditions.push(inArray(school.status, filter.statuses));
  if (filter.search) {
    const term = filter.search;
    const byText = sql`(${school.name} ilike ${likePattern(term)} or ${school.postcode} ilike ${likePattern(term)})`;
    const urn = urnSchema.safeParse(Number(term));
    conditions.push(
      /^\d+$/.test(term) && urn.success ? sql`(${school.urn} = ${urn.data} or ${byText})` : byText,
    );
  }
  if (filter.regions?.length) conditions.push(inArray(school.region, filter.regions));
  if (filter.phases?.length) conditions.push(inArray(school.phase, filter.phases));
  if (filter.establishmentTypes?.length)
    conditions.push(inArray(school.establishmentType, filter.establishmentTypes));
  if (filter.religiousCharacters?.length)
    conditions.push(inArray(school.religiousCharacter, filter.religiousCharacters));
  if (filter.localAuthorityCodes?.length)
    conditions.push(inArray(school.laCode, filter.localAuthorityCodes));
  if (filter.inTrust != null) {
    const inTrust = sql`exists (select 1 from ${currentMemberships} where ${currentMemberships.schoolId} = ${school.id})`;
    conditions.push(filter.inTrust ? inTrust : sql`not ${inTrust}`);
  }
  return and(...conditions) ?? sql`true`;
}
