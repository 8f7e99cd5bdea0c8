import {
  type GroupStatus,
  type GroupType,
  listedTrustStatuses,
  listedTrustTypes,
  type Region,
  regions,
} from "@atlas/domain";
import { type PageArgs, type PagePosition, pageArgs } from "@atlas/ui";

// The curators' list of trusts as it is kept in the address: `/?q=oak&region=LONDON&verified=no`,
// plus the shared cursor paging parameters of @atlas/ui (`after` / `before` / `page`). A value
// the list does not offer (a hand-edited address) is left out, as if it were not there.

export const trustPageSize = 20;

/** The API takes search text of at most 100 characters (domain trustFilterSchema). */
const maxSearchLength = 100;

/** The list's own address parameters, beside the paging ones, in the order links write them. */
export const listParams = {
  search: "q",
  region: "region",
  status: "status",
  type: "type",
  verified: "verified",
  published: "published",
  awaitingModeration: "moderation",
} as const;

/** How a yes-or-no choice reads in the address. */
const yesNoWords = { verified: ["yes", "no"], published: ["yes", "no"] } as const;
const moderationWords = ["awaiting", "none"] as const;

export interface TrustListSearch {
  search: string;
  region: Region | null;
  status: GroupStatus | null;
  type: GroupType | null;
  verified: boolean | null;
  published: boolean | null;
  awaitingModeration: boolean | null;
}

export const noTrustListSearch: TrustListSearch = {
  search: "",
  region: null,
  status: null,
  type: null,
  verified: null,
  published: null,
  awaitingModeration: null,
};

export type TrustListFilter = {
  search?: string;
  regions?: Region[];
  statuses?: GroupStatus[];
  types?: GroupType[];
  verified?: boolean;
  published?: boolean;
  awaitingModeration?: boolean;
};

export type TrustListVariables = PageArgs & { filter?: TrustListFilter };

const oneOf = <T extends string>(keys: readonly T[], value: string | null): T | null =>
  keys.find((k) => k === value) ?? null;

const yesNo = (words: readonly [string, string], value: string | null): boolean | null => {
  if (value === words[0]) return true;
  if (value === words[1]) return false;
  return null;
};

const wordFor = (words: readonly [string, string], value: boolean) => (value ? words[0] : words[1]);

/** The search and filters in the address, cut to what the API accepts. */
export function readTrustListSearch(params: URLSearchParams): TrustListSearch {
  return {
    search: (params.get(listParams.search) ?? "").trim().slice(0, maxSearchLength).trim(),
    region: oneOf(regions.keys, params.get(listParams.region)),
    status: oneOf(listedTrustStatuses, params.get(listParams.status)),
    type: oneOf(listedTrustTypes, params.get(listParams.type)),
    verified: yesNo(yesNoWords.verified, params.get(listParams.verified)),
    published: yesNo(yesNoWords.published, params.get(listParams.published)),
    awaitingModeration: yesNo(moderationWords, params.get(listParams.awaitingModeration)),
  };
}

/** Whether anything narrows the list (a search or any filter). */
export function isNarrowed(search: TrustListSearch): boolean {
  return Object.entries(search).some(([key, value]) =>
    key === "search" ? value !== "" : value !== null,
  );
}

/** The address parameters of a search, without paging: the base of every page link. */
export function trustListParams(search: TrustListSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.search !== "") params.set(listParams.search, search.search);
  if (search.region) params.set(listParams.region, search.region);
  if (search.status) params.set(listParams.status, search.status);
  if (search.type) params.set(listParams.type, search.type);
  if (search.verified !== null)
    params.set(listParams.verified, wordFor(yesNoWords.verified, search.verified));
  if (search.published !== null)
    params.set(listParams.published, wordFor(yesNoWords.published, search.published));
  if (search.awaitingModeration !== null)
    params.set(listParams.awaitingModeration, wordFor(moderationWords, search.awaitingModeration));
  return params;
}

/** The first page of a search, on the page the list is on (the dashboard, or /curation). */
export function trustListHref(search: TrustListSearch, basePath = "/"): string {
  const query = trustListParams(search).toString();
  return query === "" ? basePath : `${basePath}?${query}`;
}

/** A form's fields as a search: what the filter form posts, read as the address is. */
export function trustListSearchFromForm(form: FormData): TrustListSearch {
  const params = new URLSearchParams();
  for (const name of Object.values(listParams)) {
    const value = form.get(name);
    if (typeof value === "string" && value !== "") params.set(name, value);
  }
  return readTrustListSearch(params);
}

/** The address's words for a yes-or-no filter's two options, true first. */
export function addressWords(
  filter: "verified" | "published" | "awaitingModeration",
): readonly [string, string] {
  return filter === "awaitingModeration" ? moderationWords : yesNoWords[filter];
}

export function trustListVariables(
  search: TrustListSearch,
  position: PagePosition,
): TrustListVariables {
  const paging = pageArgs(position, trustPageSize);
  const filter: TrustListFilter = {};
  if (search.search !== "") filter.search = search.search;
  if (search.region) filter.regions = [search.region];
  if (search.status) filter.statuses = [search.status];
  if (search.type) filter.types = [search.type];
  if (search.verified !== null) filter.verified = search.verified;
  if (search.published !== null) filter.published = search.published;
  if (search.awaitingModeration !== null) filter.awaitingModeration = search.awaitingModeration;
  return Object.keys(filter).length === 0 ? paging : { ...paging, filter };
}
