import { tables } from "@atlas/db";
import {
  establishmentTypes,
  isSpecialOrAlternativeProvision,
  phases,
  regions,
  sizeBandRanges,
  sizeBands,
  type TrustFilter,
  type TrustOrder,
} from "@atlas/domain";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import { likePattern } from "../../shared/like-pattern.ts";
import { schoolFacetKeys, trustPupilCount } from "./sql.ts";

type TrustsTable = typeof tables.trusts;
type FactsTable = typeof tables.trustPublishedFacts;
const {
  currentMemberships: cm,
  schools,
  trustPublishedFacts,
  trustVerifications,
  trustDocumentVersions,
} = tables;

/** Where a search measures distance from: the chosen school, on the National Grid (metres). */
export interface Origin {
  easting: number;
  northing: number;
}

/** The parts of a search a facet is counted without, so each count answers "what if I chose this". */
export const facetDimensions = [
  "regions",
  "phases",
  "sizeBands",
  "types",
  "values",
  "churchGovernanceLevels",
  "growthStages",
  "openToPartnerships",
  "gagPooling",
  "hasSpecialOrAlternativeProvision",
  "statuses",
  "verified",
  "published",
  "awaitingModeration",
] as const;
export type FacetDimension = (typeof facetDimensions)[number];

const specialTypes = establishmentTypes.keys.filter(isSpecialOrAlternativeProvision);

/** Straight-line km from the origin to a school, on the National Grid (null when not placed). */
export function schoolKmFrom(origin: Origin): SQL<number | null> {
  return sql<
    number | null
  >`(sqrt(power(${schools.easting} - ${origin.easting}::float8, 2) + power(${schools.northing} - ${origin.northing}::float8, 2)) / 1000.0)`;
}

/** Kilometres from the origin to the trust's nearest school today; null when none is placed. */
export function distanceKm(trust: TrustsTable, origin: Origin): SQL<number | null> {
  return sql<
    number | null
  >`(select min(${schoolKmFrom(origin)}) from ${cm} join ${schools} on ${schools.id} = ${cm.schoolId} where ${cm.trustId} = ${trust.id})`;
}

/** A sector body has verified the trust (a verification stands until another replaces it). */
const isVerified = (t: TrustsTable) =>
  sql`exists (select 1 from ${trustVerifications} where ${trustVerifications.trustId} = ${t.id})`;

/** A published version of the trust's waits for a curator's check (the moderation queue's rule). */
export const awaitsModeration = (t: TrustsTable) =>
  sql`exists (select 1 from ${trustDocumentVersions} where ${trustDocumentVersions.trustId} = ${t.id} and ${trustDocumentVersions.moderationState} = 'PENDING' and ${trustDocumentVersions.unpublishedAt} is null)`;

/** The trust has a live published profile (its facts row names one). */
const hasPublished = (facts: OnFacts) => facts((f) => sql`${f.profileVersionId} is not null`);

const yesNo = (wanted: boolean, condition: SQL) => (wanted ? condition : sql`not ${condition}`);

const anySchool = (trust: TrustsTable, condition: SQL) =>
  sql`exists (select 1 from ${cm} join ${schools} on ${schools.id} = ${cm.schoolId} where ${cm.trustId} = ${trust.id} and ${condition})`;

const within = (
  value: SQL | FactsTable["autonomyIndex"],
  r: { min?: number | null; max?: number | null },
) =>
  and(
    r.min == null ? undefined : sql`${value} >= ${r.min}`,
    r.max == null ? undefined : sql`${value} <= ${r.max}`,
  );

/**
 * How alike (trigram similarity, 0–1) a name and the search text must be to match without
 * containing it: enough for a misspelling ("Brich Academies"), not for one shared word.
 */
const NAME_SIMILARITY = 0.45;

/** The `websearch_to_tsquery` of the search text: quotes, `or` and `-word` work as on the web. */
const textQuery = (term: string) => sql`websearch_to_tsquery('english', ${term})`;

/** A condition on the trust's published facts, as the statement at hand can read them. */
export type OnFacts = (condition: (f: FactsTable) => SQL) => SQL;

/** In a query on trusts alone: the trust's facts row must exist and meet the condition. */
export const factsExist =
  (t: TrustsTable): OnFacts =>
  (condition) =>
    sql`exists (select 1 from ${trustPublishedFacts} where ${trustPublishedFacts.trustId} = ${t.id} and ${condition(trustPublishedFacts)})`;

/** In a query that has left-joined the facts: a missing row meets no condition. */
const factsJoined: OnFacts = (condition) =>
  sql`coalesce((${condition(trustPublishedFacts)}), false)`;

/**
 * Every condition of a search, by the facet it narrows (`other` for those on no facet), over
 * the trust and its published facts. A condition on published facts is false for a trust that
 * has not published them: a filter never guesses. School-level choices (region, phase,
 * religious character) combine on one school, as in `schoolFacetKeys`.
 */
export function searchConditions(
  filter: TrustFilter,
  t: TrustsTable,
  facts: OnFacts,
  origin: Origin | null,
): { other: SQL[]; schoolWithout: (d: "regions" | "phases" | null) => SQL | null } & Partial<
  Record<FacetDimension, SQL>
> {
  const other: SQL[] = [];
  if (filter.search) {
    const term = filter.search;
    other.push(
      sql`(${t.name} ilike ${likePattern(term)} or similarity(${t.name}, ${term}) >= ${NAME_SIMILARITY} or upper(${t.groupId}) = ${term.toUpperCase()} or ${t.companiesHouseNumber} = ${term} or ${facts((f) => sql`${f.searchVector} @@ ${textQuery(term)}`)})`,
    );
  }
  if (filter.localAuthorityCodes?.length)
    other.push(anySchool(t, inArray(schools.laCode, filter.localAuthorityCodes)));
  if (filter.near && origin) other.push(sql`${distanceKm(t, origin)} <= ${filter.near.withinKm}`);
  if (filter.pupils) {
    const c = within(trustPupilCount(t), filter.pupils);
    if (c) other.push(c);
  }
  if (filter.contributionPercent) {
    const { min, max } = filter.contributionPercent;
    if (min != null) other.push(facts((f) => sql`${f.contributionMinPercent} >= ${min}`));
    if (max != null) other.push(facts((f) => sql`${f.contributionMaxPercent} <= ${max}`));
  }
  if (filter.localAutonomy) {
    const range = filter.localAutonomy;
    if (range.min != null || range.max != null)
      other.push(facts((f) => within(f.autonomyIndex, range) ?? sql`true`));
  }

  const schoolWithout = (dimension: "regions" | "phases" | null) => {
    const keys = schoolFacetKeys({ ...filter, ...(dimension ? { [dimension]: null } : {}) });
    return keys.length > 0 ? sql`${t.schoolFacets} && ${sql.param(keys, t.schoolFacets)}` : null;
  };

  const byDimension: Partial<Record<FacetDimension, SQL>> = {};
  if (filter.sizeBand) {
    const { min, max } = sizeBandRanges[filter.sizeBand];
    byDimension.sizeBands =
      max === null
        ? sql`${t.schoolCount} >= ${min}`
        : sql`${t.schoolCount} between ${min} and ${max}`;
  }
  if (filter.types?.length) byDimension.types = inArray(t.type, filter.types);
  if (filter.statuses?.length) byDimension.statuses = inArray(t.status, filter.statuses);
  if (filter.verified != null) byDimension.verified = yesNo(filter.verified, isVerified(t));
  if (filter.published != null)
    byDimension.published = yesNo(filter.published, hasPublished(facts));
  if (filter.awaitingModeration != null)
    byDimension.awaitingModeration = yesNo(filter.awaitingModeration, awaitsModeration(t));
  if (filter.values?.length) {
    const chosen = [...filter.values];
    byDimension.values = facts((f) => {
      const wanted = sql.param(chosen, f.values);
      return filter.valuesMatch === "ALL"
        ? sql`${f.values} @> ${wanted}`
        : sql`${f.values} && ${wanted}`;
    });
  }
  if (filter.churchGovernanceLevels?.length)
    byDimension.churchGovernanceLevels = facts((f) =>
      inArray(f.churchGovernanceLevel, filter.churchGovernanceLevels ?? []),
    );
  if (filter.growthStages?.length)
    byDimension.growthStages = facts((f) => inArray(f.growthStage, filter.growthStages ?? []));
  if (filter.openToPartnerships != null)
    byDimension.openToPartnerships = facts(
      (f) => sql`${f.openToPartnerships} = ${filter.openToPartnerships}`,
    );
  if (filter.gagPooling != null)
    byDimension.gagPooling = facts((f) => sql`${f.gagPooling} = ${filter.gagPooling}`);
  if (filter.hasSpecialOrAlternativeProvision != null) {
    const has = anySchool(t, inArray(schools.establishmentType, specialTypes));
    byDimension.hasSpecialOrAlternativeProvision = filter.hasSpecialOrAlternativeProvision
      ? has
      : sql`not ${has}`;
  }
  return { other, schoolWithout, ...byDimension };
}

/** The condition of the results query, over the trusts table (which the query may alias). */
export function resultsCondition(filter: TrustFilter, t: TrustsTable, origin: Origin | null): SQL {
  const c = searchConditions(filter, t, factsExist(t), origin);
  const school = c.schoolWithout(null);
  const byDimension = facetDimensions.map((d) => c[d]).filter((x): x is SQL => x !== undefined);
  return (
    and(sql`${t.status} <> 'CLOSED'`, ...(school ? [school] : []), ...byDimension, ...c.other) ??
    sql`true`
  );
}

/** How well the trust matches the search text: its name first, then its published words. */
export function relevance(t: TrustsTable, term: string): SQL<number> {
  const f = trustPublishedFacts;
  return sql<number>`(word_similarity(${term}, ${t.name}) * 2 + coalesce((select ts_rank_cd(${f.searchVector}, ${textQuery(term)}) from ${f} where ${f.trustId} = ${t.id}), 0))`;
}

/** The ORDER BY of a search: each order ends on name and id, so pages never overlap. */
export function orderFor(
  order: TrustOrder,
  t: TrustsTable,
  filter: TrustFilter,
  origin: Origin | null,
): SQL[] {
  const tail = [sql`${t.name} asc`, sql`${t.id} asc`];
  switch (order) {
    case "RELEVANCE":
      return [sql`${relevance(t, filter.search ?? "")} desc`, ...tail];
    case "DISTANCE":
      return origin ? [sql`${distanceKm(t, origin)} asc nulls last`, ...tail] : tail;
    case "SIZE":
      return [sql`${t.schoolCount} desc`, sql`${trustPupilCount(t)} desc`, ...tail];
    case "NAME":
      return tail;
  }
}

/** The size band of a school count, in SQL: the domain's ranges as a CASE. */
export function sizeBandCase(count: SQL | TrustsTable["schoolCount"]): SQL<string | null> {
  const whens = sizeBands.keys.map((key) => {
    const { min, max } = sizeBandRanges[key];
    return max === null
      ? sql`when ${count} >= ${sql.raw(String(min))} then ${sql.raw(`'${key}'`)}`
      : sql`when ${count} between ${sql.raw(String(min))} and ${sql.raw(String(max))} then ${sql.raw(`'${key}'`)}`;
  });
  return sql<string | null>`(case ${sql.join(whens, sql` `)} else null end)`;
}

/**
 * For each option of a school-level facet, the `school_facets` keys a trust must hold one of to
 * match with that option chosen instead of the filter's own choice of the dimension: the other
 * school-level choices still combine with it on one school.
 */
function schoolOptionKeys(filter: TrustFilter, dimension: "regions" | "phases") {
  const options = dimension === "regions" ? regions.keys : phases.keys;
  return options.map((value) => ({
    value,
    keys: schoolFacetKeys({ ...filter, [dimension]: [value] }),
  }));
}

/**
 * One statement counting, for each facet option, the trusts that would match if it were
 * chosen: every other part of the search holds, this facet's own choice is left out (so the
 * options of one facet can be compared, and choosing two means either). Only the facets in
 * `dimensions` are counted (those the query asks for; null when none is left), and only the
 * parts of the search that are chosen become conditions: an unconditional flag would be a
 * column read on every pass, and a guess of one half each to the planner, whose row estimates
 * then fall to one row.
 */
export function facetsStatement(
  filter: TrustFilter,
  origin: Origin | null,
  viewer: { curator: boolean } = { curator: false },
  dimensions: ReadonlySet<FacetDimension> = new Set(facetDimensions),
): SQL | null {
  const t = tables.trusts;
  const f = trustPublishedFacts;
  const c = searchConditions(filter, t, factsJoined, origin);
  const base = and(sql`${t.status} <> 'CLOSED'`, ...c.other) ?? sql`true`;
  const m = (d: FacetDimension | "school") => sql.identifier(`m_${d}`);
  const school = c.schoolWithout(null);
  const flagged = facetDimensions.filter((d) => c[d] !== undefined);
  const flags = [
    ...(school ? [sql`${school} as ${m("school")}`] : []),
    ...flagged.map((d) => sql`${c[d]} as ${m(d)}`),
  ];
  // A school-level facet replaces the school condition by its option's keys.
  const allBut = (skip: FacetDimension) => {
    const held = [
      ...(school && skip !== "regions" && skip !== "phases" ? [m("school")] : []),
      ...flagged.filter((d) => d !== skip).map((d) => m(d)),
    ];
    return held.length > 0 ? sql.join(held, sql` and `) : sql`true`;
  };
  const count = (
    dimension: FacetDimension,
    value: SQL,
    from: SQL = sql``,
    where: SQL = sql`true`,
  ) =>
    sql`select ${sql.raw(`'${dimension}'`)} as dimension, (${value})::text as value, count(*)::int as count from matched ${from} where ${allBut(dimension)} and ${where} group by 2`;
  // Each trust's keys are unnested once (in the select list: one pass, not a join per trust)
  // and joined to every option's keys. A trust's keys are distinct (the facts trigger
  // aggregates them so), so with one key per option a plain count is the number of trusts;
  // with several (other school-level choices combine with the option) one trust may hold two.
  const options = (dimension: "regions" | "phases") => {
    const byOption = schoolOptionKeys(filter, dimension);
    const rows = byOption.flatMap(({ value, keys }) =>
      keys.map((key) => sql`(${key}::text, ${value}::text)`),
    );
    const counted = byOption.every(({ keys }) => keys.length <= 1)
      ? sql`count(*)`
      : sql`count(distinct x.id)`;
    return sql`select ${sql.raw(`'${dimension}'`)} as dimension, o.value, ${counted}::int as count from (select id, unnest(facets) as k from matched where ${allBut(dimension)}) as x join (values ${sql.join(rows, sql`, `)}) as o(key, value) on o.key = x.k group by 2`;
  };
  // Each facet: the column it counts (read once per trust), and its part of the statement.
  const schoolKeys = sql`${t.schoolFacets} as facets`;
  const facets: Record<FacetDimension, { column: SQL; part: () => SQL } | null> = {
    regions: { column: schoolKeys, part: () => options("regions") },
    phases: { column: schoolKeys, part: () => options("phases") },
    sizeBands: {
      column: sql`${sizeBandCase(t.schoolCount)} as size_band`,
      part: () => count("sizeBands", sql`size_band`, sql``, sql`size_band is not null`),
    },
    types: { column: sql`${t.type} as type`, part: () => count("types", sql`type`) },
    values: {
      column: sql`${f.values} as trust_values`,
      part: () => count("values", sql`v`, sql`cross join unnest(trust_values) as v`),
    },
    churchGovernanceLevels: {
      column: sql`${f.churchGovernanceLevel} as church`,
      part: () => count("churchGovernanceLevels", sql`church`, sql``, sql`church is not null`),
    },
    growthStages: {
      column: sql`${f.growthStage} as growth`,
      part: () => count("growthStages", sql`growth`, sql``, sql`growth is not null`),
    },
    openToPartnerships: {
      column: sql`${f.openToPartnerships} as open_to_partnerships`,
      part: () =>
        count(
          "openToPartnerships",
          sql`open_to_partnerships`,
          sql``,
          sql`open_to_partnerships is not null`,
        ),
    },
    gagPooling: {
      column: sql`${f.gagPooling} as gag_pooling`,
      part: () => count("gagPooling", sql`gag_pooling`, sql``, sql`gag_pooling is not null`),
    },
    hasSpecialOrAlternativeProvision: {
      column: sql`${anySchool(t, inArray(schools.establishmentType, specialTypes))} as special`,
      part: () => count("hasSpecialOrAlternativeProvision", sql`special`),
    },
    statuses: { column: sql`${t.status} as status`, part: () => count("statuses", sql`status`) },
    verified: {
      column: sql`${isVerified(t)} as verified`,
      part: () => count("verified", sql`verified`),
    },
    published: {
      column: sql`${hasPublished(factsJoined)} as published`,
      part: () => count("published", sql`published`),
    },
    // Only curators may read it: no one else pays for it.
    awaitingModeration: viewer.curator
      ? {
          column: sql`${awaitsModeration(t)} as awaiting`,
          part: () => count("awaitingModeration", sql`awaiting`),
        }
      : null,
  };
  const asked = facetDimensions.flatMap((d) => {
    const facet = dimensions.has(d) ? facets[d] : null;
    return facet ? [facet] : [];
  });
  if (asked.length === 0) return null;
  // Regions and phases read the same column: it is selected once.
  const columns = [...new Set(asked.map((a) => a.column))];
  return sql`with matched as (
    select ${sql.join([sql`${t.id} as id`, ...columns, ...flags], sql`, `)}
    from ${t} left join ${f} on ${f.trustId} = ${t.id}
    where ${base}
  )
  ${sql.join(
    asked.map((a) => a.part()),
    sql` union all `,
  )}`;
}
