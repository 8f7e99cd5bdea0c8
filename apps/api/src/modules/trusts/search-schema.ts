import { tables } from "@atlas/db";
import {
  churchGovernanceLevels,
  DEFAULT_PAGE_SIZE,
  groupTypes,
  growthStages,
  listedTrustStatuses,
  listedTrustTypes,
  MAX_NEAR_KM,
  pageArgsSchema,
  phases,
  regions,
  sizeBands,
  type TrustFilter,
  type trustOrders,
  trustValues,
  type valuesMatches,
} from "@atlas/domain";
import { getSchemaConfig, queryFromInfo } from "@pothos/plugin-drizzle";
import { sql } from "drizzle-orm";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { isCurator } from "../../shared/actor.ts";
import {
  ChurchGovernanceLevelEnum,
  GroupStatusEnum,
  GroupTypeEnum,
  GrowthStageEnum,
  PhaseEnum,
  RegionEnum,
  ReligiousCharacterEnum,
  SizeBandEnum,
  TrustValueEnum,
} from "../../shared/enums.ts";
import { parseArgs } from "../../shared/errors.ts";
import { requestedFields } from "../../shared/requested-fields.ts";
import { TrustRef } from "./schema.ts";
import {
  cursorAt,
  type FacetCounts,
  pageWindow,
  readTrustSearch,
  type TrustSearch,
  trustFacets,
} from "./search-service.ts";
import {
  distanceKm,
  type FacetDimension,
  facetDimensions,
  orderFor,
  resultsCondition,
} from "./search-sql.ts";

const TrustOrderEnum = builder.enumType("TrustOrder", {
  description: "The order trust search results are shown in; each ends on name.",
  values: {
    RELEVANCE: { description: "Best match for the search text first (needs filter.search)." },
    DISTANCE: { description: "Nearest to the chosen school first (needs filter.near)." },
    SIZE: { description: "Most schools first, then most pupils." },
    NAME: { description: "By name, A to Z." },
  } satisfies Record<(typeof trustOrders.keys)[number], unknown>,
});

const ValuesMatchEnum = builder.enumType("ValuesMatch", {
  description: "Whether a trust must hold any or all of the values chosen.",
  values: {
    ANY: { description: "At least one of the values." },
    ALL: { description: "Every one of the values." },
  } satisfies Record<(typeof valuesMatches)[number], unknown>,
});

const NearSchool = builder.inputType("NearSchool", {
  description: "Trusts with a school within a distance of a chosen school.",
  fields: (t) => ({
    urn: t.int({ required: true, description: "The chosen school's URN." }),
    withinKm: t.float({
      required: true,
      description: `How far from it, in km, the trust's nearest school may be (at most ${MAX_NEAR_KM}).`,
    }),
  }),
});

const IntRange = builder.inputType("IntRange", {
  description: "Whole numbers from min to max, both included; either end may be left open.",
  fields: (t) => ({ min: t.int({ required: false }), max: t.int({ required: false }) }),
});

const FloatRange = builder.inputType("FloatRange", {
  description: "Numbers from min to max, both included; either end may be left open.",
  fields: (t) => ({ min: t.float({ required: false }), max: t.float({ required: false }) }),
});

export const TrustFilterInput = builder.inputType("TrustFilter", {
  description:
    "Narrows the list of trusts. Every choice given must hold; a filter on what trusts publish leaves out trusts that have not published it.",
  fields: (t) => ({
    search: t.string({
      required: false,
      description:
        "Words in the trust's name (close spellings match), its published vision, values and ethos, or its Group ID or Companies House number.",
    }),
    regions: t.field({
      type: [RegionEnum],
      required: false,
      description: "Trusts running a school in any of these regions.",
    }),
    localAuthorityCodes: t.intList({
      required: false,
      description: "Trusts running a school in any of these local authorities (3-digit codes).",
    }),
    near: t.field({ type: NearSchool, required: false }),
    phases: t.field({
      type: [PhaseEnum],
      required: false,
      description: "Trusts running a school of any of these phases.",
    }),
    hasSpecialOrAlternativeProvision: t.boolean({
      required: false,
      description: "True: trusts running a special school or alternative provision; false: none.",
    }),
    sizeBand: t.field({
      type: SizeBandEnum,
      required: false,
      description: "Trusts of this size (schools).",
    }),
    pupils: t.field({
      type: IntRange,
      required: false,
      description: "Pupils on roll across the trust's schools.",
    }),
    religiousCharacters: t.field({
      type: [ReligiousCharacterEnum],
      required: false,
      description:
        "Trusts running a school of any of these religious characters. With regions or phases, one school must match them all.",
    }),
    statuses: t.field({
      type: [GroupStatusEnum],
      required: false,
      description: "Trusts in any of these states (open, proposed to open or to close).",
    }),
    types: t.field({
      type: [GroupTypeEnum],
      required: false,
      description: "Multi-academy trusts, single-academy trusts, or both.",
    }),
    growthStages: t.field({ type: [GrowthStageEnum], required: false }),
    openToPartnerships: t.boolean({
      required: false,
      description: "Trusts that say they are (true) or are not (false) open to trust partnerships.",
    }),
    churchGovernanceLevels: t.field({ type: [ChurchGovernanceLevelEnum], required: false }),
    values: t.field({
      type: [TrustValueEnum],
      required: false,
      description: "Trusts holding these values (any of them, or all: see valuesMatch).",
    }),
    valuesMatch: t.field({
      type: ValuesMatchEnum,
      required: false,
      description: "ANY unless given.",
    }),
    contributionPercent: t.field({
      type: FloatRange,
      required: false,
      description:
        "The central contribution the trust takes, percent of funding: its lowest at least min, its highest at most max.",
    }),
    gagPooling: t.boolean({ required: false, description: "Whether the trust pools GAG funding." }),
    localAutonomy: t.field({
      type: FloatRange,
      required: false,
      description:
        "The trust's local-autonomy index (0–1: the share of decisions its scheme leaves to the school, averaged over areas).",
    }),
    verified: t.boolean({
      required: false,
      description: "Trusts a sector body has verified (true), or not yet (false).",
    }),
    published: t.boolean({
      required: false,
      description: "Trusts with a live published profile (true), or none (false).",
    }),
    awaitingModeration: t.boolean({
      required: false,
      description:
        "Trusts with a published version waiting for a curator's check (true), or none (false). Curators only: anyone else asking is refused.",
    }),
  }),
});

interface FacetOption {
  value: string | boolean;
  count: number;
  selected: boolean;
}

function facetOptionRef<T>(name: string, type: T, description: string) {
  return builder.objectRef<FacetOption>(name).implement({
    description,
    fields: (t) => ({
      value: t.field({ type: type as never, resolve: (o) => o.value as never }),
      count: t.exposeInt("count", {
        description: "Trusts that would match with this option chosen, the other filters kept.",
      }),
      selected: t.exposeBoolean("selected", { description: "Whether the search chose it." }),
    }),
  });
}

const RegionFacet = facetOptionRef("RegionFacetOption", RegionEnum, "A region, with its count.");
const PhaseFacet = facetOptionRef("PhaseFacetOption", PhaseEnum, "A phase, with its count.");
const SizeBandFacet = facetOptionRef("SizeBandFacetOption", SizeBandEnum, "A size band.");
const TypeFacet = facetOptionRef("TrustTypeFacetOption", GroupTypeEnum, "A kind of trust.");
const ValueFacet = facetOptionRef("TrustValueFacetOption", TrustValueEnum, "A value.");
const ChurchFacet = facetOptionRef(
  "ChurchGovernanceLevelFacetOption",
  ChurchGovernanceLevelEnum,
  "A church governance level.",
);
const GrowthFacet = facetOptionRef("GrowthStageFacetOption", GrowthStageEnum, "A growth stage.");
const BooleanFacet = facetOptionRef("BooleanFacetOption", "Boolean", "Yes or no, with its count.");
const StatusFacet = facetOptionRef("TrustStatusFacetOption", GroupStatusEnum, "A trust's state.");

interface FacetsParent {
  search: TrustSearch;
  /** The facets the query asks for: only they are counted. */
  dimensions?: ReadonlySet<FacetDimension>;
}

const isFacetDimension = (name: string): name is FacetDimension =>
  (facetDimensions as readonly string[]).includes(name);

/** Every option of a facet, in vocabulary order, with 0 for options no trust would match. */
const optionsOf =
  (dimension: FacetDimension, keys: readonly string[], chosen: (f: TrustFilter) => unknown) =>
  async (parent: FacetsParent, _args: unknown, ctx: Context) => {
    const counts: FacetCounts = await facetsOnce(parent, ctx);
    const picked = chosen(parent.search.filter);
    return keys.map((value) => ({
      // The yes/no facets count "true" and "false": GraphQL wants them as booleans.
      value: value === "true" ? true : value === "false" ? false : value,
      count: counts[dimension].get(value) ?? 0,
      selected: Array.isArray(picked) ? picked.includes(value) : String(picked) === value,
    }));
  };

// The facets are one statement whichever of them a query asks for: the first field runs it.
const facetResults = new WeakMap<FacetsParent, Promise<FacetCounts>>();
function facetsOnce(parent: FacetsParent, ctx: Context): Promise<FacetCounts> {
  let counts = facetResults.get(parent);
  if (!counts) {
    // Only curators may read the awaiting-moderation counts: no one else pays for them.
    counts = trustFacets(
      ctx.db,
      parent.search,
      { curator: isCurator(ctx.viewer) },
      parent.dimensions,
    );
    facetResults.set(parent, counts);
  }
  return counts;
}

const booleans = ["true", "false"] as const;

const TrustFacetsRef = builder.objectRef<FacetsParent>("TrustFacets").implement({
  description:
    "For each filter option, how many trusts would match with it chosen and every other filter kept.",
  fields: (t) => ({
    regions: t.field({
      type: [RegionFacet],
      resolve: optionsOf("regions", regions.keys, (f) => f.regions),
    }),
    phases: t.field({
      type: [PhaseFacet],
      resolve: optionsOf("phases", phases.keys, (f) => f.phases),
    }),
    sizeBands: t.field({
      type: [SizeBandFacet],
      resolve: optionsOf("sizeBands", sizeBands.keys, (f) => f.sizeBand),
    }),
    types: t.field({
      type: [TypeFacet],
      resolve: optionsOf(
        "types",
        groupTypes.keys.filter((k) => (listedTrustTypes as readonly string[]).includes(k)),
        (f) => f.types,
      ),
    }),
    values: t.field({
      type: [ValueFacet],
      resolve: optionsOf("values", trustValues.keys, (f) => f.values),
    }),
    churchGovernanceLevels: t.field({
      type: [ChurchFacet],
      resolve: optionsOf(
        "churchGovernanceLevels",
        churchGovernanceLevels.keys,
        (f) => f.churchGovernanceLevels,
      ),
    }),
    growthStages: t.field({
      type: [GrowthFacet],
      resolve: optionsOf("growthStages", growthStages.keys, (f) => f.growthStages),
    }),
    openToPartnerships: t.field({
      type: [BooleanFacet],
      resolve: optionsOf("openToPartnerships", booleans, (f) => f.openToPartnerships),
    }),
    gagPooling: t.field({
      type: [BooleanFacet],
      resolve: optionsOf("gagPooling", booleans, (f) => f.gagPooling),
    }),
    hasSpecialOrAlternativeProvision: t.field({
      type: [BooleanFacet],
      resolve: optionsOf(
        "hasSpecialOrAlternativeProvision",
        booleans,
        (f) => f.hasSpecialOrAlternativeProvision,
      ),
    }),
    statuses: t.field({
      type: [StatusFacet],
      resolve: optionsOf("statuses", listedTrustStatuses, (f) => f.statuses),
    }),
    verified: t.field({
      type: [BooleanFacet],
      resolve: optionsOf("verified", booleans, (f) => f.verified),
    }),
    published: t.field({
      type: [BooleanFacet],
      description: "With a live published profile, or without.",
      resolve: optionsOf("published", booleans, (f) => f.published),
    }),
    awaitingModeration: t.field({
      type: [BooleanFacet],
      description:
        "With a published version waiting for a curator's check, or without. Curators only.",
      nullable: true,
      authScopes: { curator: true },
      resolve: optionsOf("awaitingModeration", booleans, (f) => f.awaitingModeration),
    }),
  }),
});

const curatorsOnly = { curator: true } as const;

interface SearchEdge {
  cursor: string;
  node: never;
  distanceKm: number | null;
}

builder.queryFields((t) => ({
  trusts: t.connection(
    {
      type: TrustRef,
      description:
        "Trusts matching the filter, in the order asked for (by default: relevance with search text, distance with near, else name). Closed trusts are never listed. Pages are numbered by offset, so any page can be asked for by its cursor or its offset.",
      args: {
        filter: t.arg({ type: TrustFilterInput, required: false }),
        orderBy: t.arg({ type: TrustOrderEnum, required: false }),
        offset: t.arg.int({
          required: false,
          description:
            "Start this many results in, instead of a cursor: page n of 20 starts at 20 × (n − 1). With first only.",
        }),
      },
      // What awaits moderation is curators' to see: anyone else asking is refused outright.
      authScopes: (_parent, args) =>
        args.filter?.awaitingModeration == null ? true : curatorsOnly,
      resolve: async (_parent, args, ctx, info) => {
        parseArgs(pageArgsSchema, args);
        const search = await readTrustSearch(ctx.db, args);
        const { offset, limit } = pageWindow(args, DEFAULT_PAGE_SIZE);
        const { origin } = search;
        const selection = queryFromInfo({
          config: getSchemaConfig(builder),
          context: ctx,
          info,
          typeName: "Trust",
          paths: [["edges", "node"], ["nodes"]],
        }) as { extras?: Record<string, unknown> };
        const rows =
          limit === 0
            ? []
            : await ctx.db.query.trusts.findMany({
                ...(selection as object),
                where: { RAW: (table) => resultsCondition(search.filter, table, origin) },
                orderBy: (table) => orderFor(search.order, table, search.filter, origin),
                extras: {
                  ...selection.extras,
                  searchTotal: sql<number>`count(*) over ()`.mapWith(Number),
                  ...(origin
                    ? {
                        searchDistanceKm: (table: typeof tables.trusts) =>
                          distanceKm(table, origin),
                      }
                    : {}),
                } as never,
                limit,
                offset,
              });
        const page = rows as unknown as (Record<string, unknown> & {
          searchTotal: number;
          searchDistanceKm?: number | null;
        })[];
        const totalCount =
          page[0]?.searchTotal ??
          (await ctx.db.$count(
            tables.trusts,
            resultsCondition(search.filter, tables.trusts, origin),
          ));
        const edges: SearchEdge[] = page.map((node, i) => ({
          cursor: cursorAt(offset + i),
          node: node as never,
          distanceKm:
            node.searchDistanceKm == null
              ? null
              : Math.round(Number(node.searchDistanceKm) * 10) / 10,
        }));
        return {
          edges,
          pageInfo: {
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
            hasPreviousPage: offset > 0,
            hasNextPage: offset + page.length < totalCount,
          },
          totalCount,
          search,
          offset,
        };
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many trusts match, on every page.",
          resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
        }),
        offset: c.int({
          description: "How many results come before this page: page 3 of 20 starts at 40.",
          resolve: (connection) => (connection as unknown as { offset: number }).offset,
        }),
        order: c.field({
          type: TrustOrderEnum,
          description: "The order the results are in (the one asked for, or the default).",
          resolve: (connection) => (connection as unknown as FacetsParent).search.order,
        }),
        facets: c.field({
          type: TrustFacetsRef,
          description: "Counts beside each filter option: one statement for every facet asked for.",
          resolve: (connection, _args, _ctx, info) => ({
            search: (connection as unknown as FacetsParent).search,
            dimensions: new Set([...requestedFields(info)].filter(isFacetDimension)),
          }),
        }),
      }),
    },
    {
      fields: (e) => ({
        distanceKm: e.float({
          nullable: true,
          description:
            "With filter.near: km from the chosen school to the trust's nearest school (to 0.1 km).",
          resolve: (edge) => (edge as unknown as SearchEdge).distanceKm,
        }),
      }),
    },
  ),
}));
