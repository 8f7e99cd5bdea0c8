import { tables } from "@atlas/db";
import type { EstablishmentType, Phase, Region, TrustFilter } from "@atlas/domain";
import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

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

/** The local authorities a trust's schools are in today, by name, as JSON `[{ code, name }]`. */
export function trustLocalAuthorities(trust: TrustsTable): SQL<{ code: number; name: string }[]> {
  return sql`(select coalesce(json_agg(json_build_object('code', la.code, 'name', la.name) order by la.name), '[]'::json) from (select distinct ${schools.laCode} as code, ${schools.laName} as name from ${currentMemberships} join ${schools} on ${schools.id} = ${currentMemberships.schoolId} where ${currentMemberships.trustId} = ${trust.id}) la)`;
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
