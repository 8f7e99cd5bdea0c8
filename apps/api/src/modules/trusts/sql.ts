import { tables } from "@atlas/db";
import {
  type EstablishmentType,
  type Phase,
  type Region,
  sizeBandRanges,
  type TrustFilter,
} from "@atlas/domain";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { likePattern } from "../../shared/like-pattern.ts";

type TrustsTable = typeof tables.trusts;
const { currentMemberships, schools } = tables;

/** Pupils on roll across the schools a trust runs today. */
export function trustPupilCount(trust: TrustsTable): SQL<number> {
  return sql<number>`(select coalesce(sum(${schools.pupils}), 0)::int from ${currentMemberships} join ${schools} on ${schools.id} = ${currentMemberships.schoolId} where ${currentMemberships.trustId} = ${trust.id})`;
}

/** How many of a trust's schools today are in each phase, as JSON `[{ phase, count }]`. */
export function trustPhaseCounts(trust: TrustsTable): SQL<{ phase: Phase; count: number }[]> {
  return countsBy(trust, schools.phase, "phase");
}

/** How many of a trust's schools today are of each type, as JSON `[{ establishmentType, count }]`. */
export function trustTypeCounts(
  trust: TrustsTable,
): SQL<{ establishmentType: EstablishmentType; count: number }[]> {
  return countsBy(trust, schools.establishmentType, "establishmentType");
}

/** The regions a trust's schools are in today, as a JSON list. */
export function trustRegions(trust: TrustsTable): SQL<Region[]> {
  return sql`(select coalesce(json_agg(distinct ${schools.region}), '[]'::json) from ${currentMemberships} join ${schools} on ${schools.id} = ${currentMemberships.schoolId} where ${currentMemberships.trustId} = ${trust.id})`;
}

function countsBy<T>(trust: TrustsTable, column: PgColumn, key: string): SQL<T> {
  return sql`(select coalesce(json_agg(json_build_object(${key}::text, p.value, 'count', p.n) order by p.value), '[]'::json) from (select ${column} as value, count(*)::int as n from ${currentMemberships} join ${schools} on ${schools.id} = ${currentMemberships.schoolId} where ${currentMemberships.trustId} = ${trust.id} group by ${column}) p)`;
}

/**
 * The condition a trust must meet to match a search. School-level choices (region, phase,
 * religious character) combine: the trust must run at least one school that meets them all,
 * so "primary, North West" finds trusts with a primary school in the North West.
 * Closed trusts are never listed. `trust` is the (possibly aliased) trusts table.
 */
export function trustSearchCondition(filter: TrustFilter, trust: TrustsTable): SQL {
  const conditions: SQL[] = [sql`${trust.status} <> 'CLOSED'`];
  if (filter.statuses?.length) conditions.push(inArray(trust.status, filter.statuses));
  if (filter.types?.length) conditions.push(inArray(trust.type, filter.types));
  if (filter.search) {
    const term = filter.search;
    conditions.push(
      sql`(${trust.name} ilike ${likePattern(term)} or upper(${trust.groupId}) = ${term.toUpperCase()} or ${trust.companiesHouseNumber} = ${term})`,
    );
  }
  const schoolConditions: SQL[] = [];
  if (filter.regions?.length) schoolConditions.push(inArray(schools.region, filter.regions));
  if (filter.phases?.length) schoolConditions.push(inArray(schools.phase, filter.phases));
  if (filter.religiousCharacters?.length)
    schoolConditions.push(inArray(schools.religiousCharacter, filter.religiousCharacters));
  if (schoolConditions.length > 0) {
    conditions.push(
      sql`exists (select 1 from ${currentMemberships} join ${schools} on ${schools.id} = ${currentMemberships.schoolId} where ${currentMemberships.trustId} = ${trust.id} and ${and(...schoolConditions)})`,
    );
  }
  if (filter.sizeBand) {
    // The database keeps the count on the trust (migration trusts_school_count): no counting.
    const { min, max } = sizeBandRanges[filter.sizeBand];
    const count = trust.schoolCount;
    conditions.push(
      max === null ? sql`${count} >= ${min}` : sql`${count} between ${min} and ${max}`,
    );
  }
  return and(...conditions) ?? sql`true`;
}
