import {
  type ChurchGovernanceLevel,
  churchGovernanceLevels,
  type GroupStatus,
  type GroupType,
  type GrowthStage,
  groupStatuses,
  groupTypes,
  growthStages,
  listedTrustStatuses,
  listedTrustTypes,
  MAX_NEAR_KM,
  type Phase,
  phases,
  type Region,
  type ReligiousCharacter,
  regions,
  religiousCharacters,
  type SizeBand,
  sizeBands,
  type TrustOrder,
  type TrustValue,
  trustOrders,
  trustValues,
  type Vocabulary,
} from "@atlas/domain";
import { readPagePosition } from "@atlas/ui";
import type { TrustFilter } from "../gql/graphql.ts";

/**
 * The trust search as it lives in the URL (`/trusts?q=oak&region=london&phase=primary`), so a
 * search can be bookmarked, shared and run by a GET form without JavaScript. Anything in the
 * URL that is not a known value is left out of the search, never an error (a stale or
 * hand-edited link still shows results), and noted as ignored so the page can say so.
 */
export interface TrustSearch {
  /** Words in the trust's name, or its Group ID or Companies House number. */
  q: string;
  regions: Region[];
  phases: Phase[];
  sizeBand: SizeBand | null;
  religiousCharacters: ReligiousCharacter[];
  /** Open, proposed to open, proposed to close (closed trusts are never listed). */
  statuses: GroupStatus[];
  /** Multi-academy or single-academy trusts. */
  types: GroupType[];
  /** Trusts with a school within `withinKm` of the school with this URN. */
  near: { urn: number; withinKm: number } | null;
  values: TrustValue[];
  /** Whether a trust must hold all the values chosen, not just one. */
  allValues: boolean;
  /** Only trusts that say they are open to trust partnerships. */
  openToPartnerships: boolean;
  churchGovernanceLevels: ChurchGovernanceLevel[];
  growthStages: GrowthStage[];
  /** Only trusts running a special school or alternative provision. */
  specialProvision: boolean;
  /** The order asked for; null lets the API choose (relevance, distance, then name). */
  sort: TrustOrder | null;
}

/** Distances offered from a chosen school, in km. */
export const NEAR_DISTANCES = [5, 10, 15, 25, 50] as const;
const DEFAULT_WITHIN_KM = 15;

/** A value in the URL that the search could not use, so left out. */
export interface IgnoredValue {
  /** The URL parameter, e.g. `region`. */
  param: string;
  /** What it said, e.g. `XYZ`. */
  value: string;
  /** Why: not a value the search knows (the default), or one of several where one is allowed. */
  reason?: "unknown" | "only-one";
}

/** URL parameter names, also the names of the search form's fields. */
export const PARAM = {
  q: "q",
  region: "region",
  phase: "phase",
  size: "size",
  religiousCharacter: "religiousCharacter",
  status: "status",
  type: "type",
  after: "after",
  before: "before",
  page: "page",
  near: "near",
  within: "within",
  value: "value",
  valuesMatch: "values",
  partnerships: "partnerships",
  church: "church",
  growth: "growth",
  special: "special",
  sort: "sort",
} as const;

/** The API takes search text of at most 100 characters (domain trustFilterSchema). */
export const MAX_QUERY_LENGTH = 100;
/** The API takes cursors of at most 500 characters (domain pageArgsSchema). */
const MAX_CURSOR_LENGTH = 500;

/** `NORTH_WEST` → `north-west`: readable in the address bar. */
export function toParamValue(key: string): string {
  return key.toLowerCase().replaceAll("_", "-");
}

/** `north-west`, `North_West` or `NORTH_WEST` → `NORTH_WEST`; null when not in the vocabulary. */
export function fromParamValue<K extends string>(vocab: Vocabulary<K>, raw: string): K | null {
  const key = raw.trim().toUpperCase().replaceAll("-", "_");
  return vocab.has(key) ? key : null;
}

/**
 * Every known value of a repeated parameter, once each, in vocabulary order; unknown ones (or
 * ones the search does not offer, outside `allowed`) go to `ignored`. Empty values are a form
 * sent with nothing chosen, not a mistake.
 */
function readKeys<K extends string>(
  params: URLSearchParams,
  name: string,
  vocab: Vocabulary<K>,
  ignored: IgnoredValue[],
  allowed: readonly K[] = vocab.keys,
): K[] {
  const chosen = new Set<K>();
  for (const raw of params.getAll(name)) {
    // A comma-separated list (`region=london,south-east`) is accepted too.
    for (const part of raw.split(",")) {
      if (part.trim() === "") continue;
      const key = fromParamValue(vocab, part);
      if (key !== null && allowed.includes(key)) chosen.add(key);
      else ignored.push({ param: name, value: part.trim() });
    }
  }
  return vocab.keys.filter((key) => chosen.has(key));
}

/** Collapses whitespace and trims, then cuts to the length the API accepts. */
export function normaliseQuery(raw: string | null): string {
  if (raw === null) return "";
  return raw.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** The search in the URL, and the values in it that it could not use. */
export function readTrustSearch(params: URLSearchParams): {
  search: TrustSearch;
  ignored: IgnoredValue[];
} {
  const ignored: IgnoredValue[] = [];
  const regionKeys = readKeys(params, PARAM.region, regions, ignored);
  const phaseKeys = readKeys(params, PARAM.phase, phases, ignored);
  const sizes = readKeys(params, PARAM.size, sizeBands, ignored);
  // One size band at a time (the API takes one); with several in the URL, none applies.
  if (sizes.length > 1) {
    for (const size of sizes) {
      ignored.push({ param: PARAM.size, value: toParamValue(size), reason: "only-one" });
    }
  }
  const search: TrustSearch = {
    q: normaliseQuery(params.get(PARAM.q)),
    regions: regionKeys,
    phases: phaseKeys,
    sizeBand: sizes.length === 1 ? (sizes[0] ?? null) : null,
    religiousCharacters: readKeys(params, PARAM.religiousCharacter, religiousCharacters, ignored),
    statuses: readKeys(params, PARAM.status, groupStatuses, ignored, listedTrustStatuses),
    types: readKeys(params, PARAM.type, groupTypes, ignored, listedTrustTypes),
    near: readNear(params, ignored),
    values: readKeys(params, PARAM.value, trustValues, ignored),
    allValues: readFlag(params, PARAM.valuesMatch, "all", ignored),
    openToPartnerships: readFlag(params, PARAM.partnerships, "open", ignored),
    churchGovernanceLevels: readKeys(params, PARAM.church, churchGovernanceLevels, ignored),
    growthStages: readKeys(params, PARAM.growth, growthStages, ignored),
    specialProvision: readFlag(params, PARAM.special, "yes", ignored),
    sort: readKeys(params, PARAM.sort, trustOrders, ignored)[0] ?? null,
  };
  // An order the search cannot give (relevance with no words, distance from no school).
  if (
    (search.sort === "RELEVANCE" && search.q === "") ||
    (search.sort === "DISTANCE" && search.near === null)
  ) {
    ignored.push({ param: PARAM.sort, value: toParamValue(search.sort) });
    search.sort = null;
  }
  return { search, ignored };
}

/** A yes/no filter: present with its one value, or absent. */
function readFlag(
  params: URLSearchParams,
  name: string,
  yes: string,
  ignored: IgnoredValue[],
): boolean {
  const raw = params.get(name)?.trim().toLowerCase() ?? "";
  if (raw === "") return false;
  if (raw === yes) return true;
  ignored.push({ param: name, value: raw });
  return false;
}

/** `near=<urn>&within=<km>`: a six-digit URN, and one of the offered distances (15 by default). */
function readNear(params: URLSearchParams, ignored: IgnoredValue[]): TrustSearch["near"] {
  const urnRaw = params.get(PARAM.near)?.trim() ?? "";
  if (urnRaw === "") return null;
  if (!/^\d{6}$/.test(urnRaw)) {
    ignored.push({ param: PARAM.near, value: urnRaw });
    return null;
  }
  const withinRaw = params.get(PARAM.within)?.trim() ?? "";
  const within = Number(withinRaw);
  const valid = withinRaw !== "" && Number.isFinite(within) && within > 0 && within <= MAX_NEAR_KM;
  if (withinRaw !== "" && !valid) ignored.push({ param: PARAM.within, value: withinRaw });
  return { urn: Number(urnRaw), withinKm: valid ? within : DEFAULT_WITHIN_KM };
}

export function parseTrustSearch(params: URLSearchParams): TrustSearch {
  return readTrustSearch(params).search;
}

/**
 * Paging parameters that readPagePosition (@atlas/ui) had to pass over: a cursor too long to be one, a
 * page number with no cursor to reach it by (pages are found by cursor, from the first), or a
 * page number that is not one. Whether the API can read a cursor is only known by asking it.
 */
export function ignoredPagingValues(params: URLSearchParams): IgnoredValue[] {
  const ignored: IgnoredValue[] = [];
  for (const name of [PARAM.after, PARAM.before]) {
    const value = params.get(name)?.trim() ?? "";
    if (value.length > MAX_CURSOR_LENGTH) ignored.push({ param: name, value });
  }
  const pageRaw = params.get(PARAM.page)?.trim();
  if (pageRaw === undefined || pageRaw === "") return ignored;
  const position = readPagePosition(params);
  const hasCursor = position.after !== null || position.before !== null;
  if (hasCursor ? position.page === null : pageRaw !== "1") {
    ignored.push({ param: PARAM.page, value: pageRaw });
  }
  return ignored;
}

/** The GraphQL filter for a search; fields with nothing chosen are left out. */
export function toTrustFilter(search: TrustSearch): TrustFilter {
  const filter: TrustFilter = {};
  if (search.q !== "") filter.search = search.q;
  if (search.regions.length > 0) filter.regions = search.regions;
  if (search.phases.length > 0) filter.phases = search.phases;
  if (search.sizeBand !== null) filter.sizeBand = search.sizeBand;
  if (search.religiousCharacters.length > 0) {
    filter.religiousCharacters = search.religiousCharacters;
  }
  if (search.statuses.length > 0) filter.statuses = search.statuses;
  if (search.types.length > 0) filter.types = search.types;
  if (search.near) filter.near = search.near;
  if (search.values.length > 0) {
    filter.values = search.values;
    if (search.allValues) filter.valuesMatch = "ALL";
  }
  if (search.openToPartnerships) filter.openToPartnerships = true;
  if (search.churchGovernanceLevels.length > 0) {
    filter.churchGovernanceLevels = search.churchGovernanceLevels;
  }
  if (search.growthStages.length > 0) filter.growthStages = search.growthStages;
  if (search.specialProvision) filter.hasSpecialOrAlternativeProvision = true;
  return filter;
}

/**
 * A saved filter (as TrustFilter takes it) as a search the results page can show. Parts the
 * page has no field for (a pupil range, say) cannot be shown there, so they are counted in
 * `unshown` for the page to mention rather than dropped in silence.
 */
export function fromTrustFilter(filter: TrustFilter): { search: TrustSearch; unshown: number } {
  const shown = new Set<string>([
    "search",
    "regions",
    "phases",
    "sizeBand",
    "religiousCharacters",
    "statuses",
    "types",
    "near",
    "values",
    "valuesMatch",
    "openToPartnerships",
    "churchGovernanceLevels",
    "growthStages",
    "hasSpecialOrAlternativeProvision",
  ]);
  const unshown = Object.entries(filter).filter(([key, v]) => v != null && !shown.has(key)).length;
  const search: TrustSearch = {
    q: filter.search ?? "",
    regions: [...(filter.regions ?? [])],
    phases: [...(filter.phases ?? [])],
    sizeBand: filter.sizeBand ?? null,
    religiousCharacters: [...(filter.religiousCharacters ?? [])],
    statuses: [...(filter.statuses ?? [])],
    types: [...(filter.types ?? [])],
    near: filter.near ? { urn: filter.near.urn, withinKm: filter.near.withinKm } : null,
    values: [...(filter.values ?? [])],
    allValues: filter.valuesMatch === "ALL",
    openToPartnerships: filter.openToPartnerships === true,
    churchGovernanceLevels: [...(filter.churchGovernanceLevels ?? [])],
    growthStages: [...(filter.growthStages ?? [])],
    specialProvision: filter.hasSpecialOrAlternativeProvision === true,
    sort: null,
  };
  return { search, unshown };
}

/** The canonical URL parameters of a search (no page position): the base of every page link. */
export function toSearchParams(search: TrustSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q !== "") params.set(PARAM.q, search.q);
  for (const key of search.regions) params.append(PARAM.region, toParamValue(key));
  for (const key of search.phases) params.append(PARAM.phase, toParamValue(key));
  if (search.sizeBand !== null) params.set(PARAM.size, toParamValue(search.sizeBand));
  for (const key of search.religiousCharacters) {
    params.append(PARAM.religiousCharacter, toParamValue(key));
  }
  for (const key of search.statuses) params.append(PARAM.status, toParamValue(key));
  for (const key of search.types) params.append(PARAM.type, toParamValue(key));
  if (search.near) {
    params.set(PARAM.near, String(search.near.urn));
    params.set(PARAM.within, String(search.near.withinKm));
  }
  for (const key of search.values) params.append(PARAM.value, toParamValue(key));
  if (search.allValues && search.values.length > 0) params.set(PARAM.valuesMatch, "all");
  if (search.openToPartnerships) params.set(PARAM.partnerships, "open");
  for (const key of search.churchGovernanceLevels) params.append(PARAM.church, toParamValue(key));
  for (const key of search.growthStages) params.append(PARAM.growth, toParamValue(key));
  if (search.specialProvision) params.set(PARAM.special, "yes");
  if (search.sort !== null) params.set(PARAM.sort, toParamValue(search.sort));
  return params;
}

/** True when the search narrows anything at all. */
export function isFiltered(search: TrustSearch): boolean {
  return Object.keys(toTrustFilter(search)).length > 0;
}

/** The relative URL of the search results page for a search. */
export function trustSearchHref(search: TrustSearch): string {
  const query = toSearchParams(search).toString();
  return query === "" ? "/trusts" : `/trusts?${query}`;
}

/** The trust page's parameter holding the search it was opened from, for "Back to results". */
export const BACK_PARAM = "back";

/** The search and page shown, as the value of a result's `back` parameter. */
export function backValue(search: TrustSearch, position: URLSearchParams): string {
  const params = toSearchParams(search);
  for (const name of [PARAM.after, PARAM.before, PARAM.page]) {
    const value = position.get(name);
    if (value) params.set(name, value);
  }
  return params.toString();
}

/**
 * The address of the results a trust page was opened from, or null without one. The value is
 * read as a search (unknown parts dropped) and written again, so the link can only ever lead
 * to the search page, whatever was put in the address.
 */
export function backToResultsHref(raw: string | null): string | null {
  if (raw === null || raw.trim() === "") return null;
  const params = new URLSearchParams(raw);
  return `/trusts?${backValue(readTrustSearch(params).search, params)}`.replace(/\?$/, "");
}
