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
 * The keys of `trusts.school_facets` a trust must hold one of to run a school that meets all
 * of the filter's school-level choices: the choices' dimensions in the order region (r), phase
 * (p), religious character (c), then every combination of the chosen values — as the migration
 * `trust_search_facts` writes them. Empty when the filter makes no school-level choice.
 */
export function schoolFacetKeys(filter: TrustFilter): string[] {
  const dimensions = [
    ["r", filter.regions],
    ["p", filter.phases],
    ["c", filter.religiousCharacters],
  ] as const;
  const chosen = dimensions.filter(([, values]) => values && values.length > 0);
  if (chosen.length === 0) return [];
  const prefix = chosen.map(([letter]) => letter).join("");
  let combinations: string[][] = [[]];
  for (const [, values] of chosen) {
    combinations = combinations.flatMap((start) => (values ?? []).map((v) => [...start, v]));
  }
  return combinations.map((values) => `${prefix}:${values.join("/")}`);
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
  const facetKeys = schoolFacetKeys(filter);
  if (facetKeys.length > 0) {
    // One indexed test on facts the database keeps on the trust (trusts.school_facets).
    conditions.push(sql`${trust.schoolFacets} && ${sql.param(facetKeys, trust.schoolFacets)}`);
  }
  if (filter.sizeBand) {
    // The database keeps the count on the trust (migration trust_search_facts): no counting.
    const { min, max } = sizeBandRanges[filter.sizeBand];
    const count = trust.schoolCount;
    conditions.push(
      max === null ? sql`${count} >= ${min}` : sql`${count} between ${min} and ${max}`,
    );
  }
  return and(...conditions) ?? sql`true`;
}
