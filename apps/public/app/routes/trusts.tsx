import {
  churchGovernanceLevels,
  groupStatuses,
  groupTypes,
  growthStages,
  listedTrustStatuses,
  listedTrustTypes,
  phases,
  regions,
  religiousCharacters,
  sizeBands,
  trustOrders,
  trustValues,
  type Vocabulary,
} from "@atlas/domain";
import {
  Breadcrumbs,
  Button,
  CheckboxGroup,
  CursorPagination,
  countOf,
  ErrorSummary,
  formatNumber,
  Heading,
  Main,
  Select,
  Table,
  TextLink,
} from "@atlas/ui";
import { Form, useLocation } from "react-router";
import { SearchBox } from "../components/SearchBox.tsx";
import { TrustStatusTag } from "../components/StatusTag.tsx";
import { NOT_RECORDED } from "../format.ts";
import { graphql } from "../gql";
import { createApiClient, dataOf } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { RESULTS_HEADING_ID } from "../navigation/RouteFocus.tsx";
import { ignoredSummaryItems } from "../search/ignored.ts";
import { COMMON_RELIGIOUS_CHARACTERS, MAIN_PHASES, offeredWithChosen } from "../search/options.ts";
import {
  isUnreadableCursor,
  pageArgs,
  pageLinks,
  readPagePosition,
  TRUSTS_PAGE_SIZE,
} from "../search/pagination.ts";
import {
  type IgnoredValue,
  ignoredPagingValues,
  isFiltered,
  NEAR_DISTANCES,
  PARAM,
  readTrustSearch,
  type TrustSearch,
  toParamValue,
  toSearchParams,
  toTrustFilter,
  trustSearchHref,
} from "../search/params.ts";
import type { Route } from "./+types/trusts";

const TrustSearchQuery = graphql(`
  query TrustSearch(
    $filter: TrustFilter
    $orderBy: TrustOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
    $nearUrn: Int!
    $hasNear: Boolean!
  ) {
    nearSchool: school(urn: $nearUrn) @include(if: $hasNear) {
      urn
      name
    }
    trusts(
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      offset
      order
      facets {
        regions { value count }
        phases { value count }
        values { value count }
        churchGovernanceLevels { value count }
        growthStages { value count }
        openToPartnerships { value count }
        hasSpecialOrAlternativeProvision { value count }
      }
      edges {
        distanceKm
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        name
        type
        status
        schoolCount
        sizeBand
        region
        phaseCounts {
          phase
          count
        }
      }
    }
  }
`);

export async function loader(args: Route.LoaderArgs) {
  const { url } = args;
  const { search, ignored: ignoredFilters } = readTrustSearch(url.searchParams);
  // Values in the URL the page could not use: reported on the page, never silently dropped.
  const ignored: IgnoredValue[] = [...ignoredFilters, ...ignoredPagingValues(url.searchParams)];
  let position = readPagePosition(url.searchParams);
  const api = createApiClient(args);
  const filter = toTrustFilter(search);
  const variables = {
    filter,
    orderBy: search.sort,
    nearUrn: search.near?.urn ?? 0,
    hasNear: search.near !== null,
  };
  let result = await api.queryResult(TrustSearchQuery, {
    ...variables,
    ...pageArgs(position, TRUSTS_PAGE_SIZE),
  });
  // A cursor from an old or edited link that the API cannot read: say so, show the first page.
  if (isUnreadableCursor(result.error, position)) {
    ignored.push({
      param: position.after !== null ? PARAM.after : PARAM.before,
      value: position.after ?? position.before ?? "",
    });
    position = { after: null, before: null, page: 1 };
    result = await api.queryResult(TrustSearchQuery, {
      ...variables,
      ...pageArgs(position, TRUSTS_PAGE_SIZE),
    });
  }
  // A school to be near that the API does not know (or cannot place): search without it.
  if (result.error && !result.error.networkError && search.near !== null) {
    ignored.push({ param: PARAM.near, value: String(search.near.urn) });
    search.near = null;
    if (search.sort === "DISTANCE") search.sort = null;
    result = await api.queryResult(TrustSearchQuery, {
      ...variables,
      filter: toTrustFilter(search),
      orderBy: search.sort,
      hasNear: false,
      ...pageArgs(position, TRUSTS_PAGE_SIZE),
    });
  }
  const { trusts, nearSchool } = dataOf(result);
  const links = pageLinks("/trusts", toSearchParams(search), position, trusts.pageInfo);
  const totalPages = Math.max(1, Math.ceil(trusts.totalCount / TRUSTS_PAGE_SIZE));
  let page = position.page;
  if (page !== null && page > totalPages) {
    ignored.push({ param: PARAM.page, value: String(page) });
    page = null;
  }
  return { search, trusts, nearSchool: nearSchool ?? null, links, page, totalPages, ignored };
}

function foundText(count: number): string {
  return count === 0 ? "No trusts found" : `${countOf(count, "trust")} found`;
}

/** The page's heading, which is also the start of its title. */
function headingFor(search: TrustSearch): string {
  if (search.q !== "") return `Trusts matching “${search.q}”`;
  if (isFiltered(search)) return "Trusts matching your filters";
  return "Find a trust";
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  const { search, trusts, page } = loaderData;
  const parts = [headingFor(search)];
  if (isFiltered(search)) parts.push(foundText(trusts.totalCount).toLowerCase());
  if (page !== null && page > 1) parts.push(`page ${page}`);
  return [{ title: pageTitle(parts.join(", ")) }];
};

/** Trust types offered as a filter, by their plain names. */
const TYPE_LABELS: Record<(typeof listedTrustTypes)[number], string> = {
  MULTI_ACADEMY_TRUST: "Multi-academy trusts",
  SINGLE_ACADEMY_TRUST: "Single-academy trusts",
};

type Facet = readonly { value: unknown; count: number }[];

/**
 * The options of a filter, each with how many trusts it would find beside it (the API's
 * facets: the other filters kept), so nobody picks an option that finds nothing unawares.
 */
function options<K extends string>(vocab: Vocabulary<K>, keys: readonly K[], facet?: Facet) {
  return keys.map((key) => {
    const count = facet?.find((o) => o.value === key)?.count;
    return {
      value: toParamValue(key),
      label:
        count === undefined ? vocab.label(key) : `${vocab.label(key)} (${formatNumber(count)})`,
    };
  });
}

const countFor = (facet: Facet, value: unknown) =>
  formatNumber(facet.find((o) => o.value === value)?.count ?? 0);

type Facets = Route.ComponentProps["loaderData"]["trusts"]["facets"];
type NearSchool = Route.ComponentProps["loaderData"]["nearSchool"];

function FilterForm({
  search,
  facets,
  nearSchool,
}: {
  search: TrustSearch;
  facets: Facets;
  nearSchool: NearSchool;
}) {
  const phaseKeys = offeredWithChosen(phases.keys, MAIN_PHASES, search.phases);
  const religiousCharacterKeys = offeredWithChosen(
    religiousCharacters.keys,
    COMMON_RELIGIOUS_CHARACTERS,
    search.religiousCharacters,
  );
  return (
    <search aria-labelledby="filters-heading">
      <Form method="get" action="/trusts" className="search-filters">
        <Heading level={2} size="m" id="filters-heading">
          Search and filter
        </Heading>
        {/* On a phone the filters fill the screen: let people go straight to what they found. */}
        <p className="search-filters__skip">
          <a href={`#${RESULTS_HEADING_ID}`} className="ui-link">
            Skip to the results
          </a>
        </p>
        <SearchBox defaultValue={search.q} />
        <Select
          name={PARAM.sort}
          label="Sort by"
          placeholder="Best match, nearest or name"
          options={trustOrders.keys
            .filter(
              (k) => (k !== "RELEVANCE" || search.q !== "") && (k !== "DISTANCE" || search.near),
            )
            .map((k) => ({ value: toParamValue(k), label: trustOrders.label(k) }))}
          defaultValue={search.sort === null ? "" : toParamValue(search.sort)}
        />
        {search.near && (
          <>
            <input type="hidden" name={PARAM.near} value={search.near.urn} />
            <Select
              name={PARAM.within}
              label={`Distance from ${nearSchool?.name ?? `the school with URN ${search.near.urn}`}`}
              options={NEAR_DISTANCES.map((km) => ({
                value: String(km),
                label: `Within ${km} km`,
              }))}
              defaultValue={String(search.near.withinKm)}
            />
          </>
        )}
        <CheckboxGroup
          name={PARAM.partnerships}
          legend="Trust partnerships"
          legendSize="s"
          small
          options={[
            {
              value: "open",
              label: `Open to trust partnerships (${countFor(facets.openToPartnerships, true)})`,
            },
          ]}
          values={search.openToPartnerships ? ["open"] : []}
        />
        <CheckboxGroup
          name={PARAM.value}
          legend="Values"
          legendSize="s"
          hint="Trusts whose published profile holds any value you choose"
          small
          options={options(trustValues, trustValues.keys, facets.values)}
          values={search.values.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.valuesMatch}
          legend="How values match"
          legendSize="s"
          small
          options={[{ value: "all", label: "Must hold every value chosen" }]}
          values={search.allValues ? ["all"] : []}
        />
        <CheckboxGroup
          name={PARAM.region}
          legend="Region"
          legendSize="s"
          hint="Trusts with a school in any region you choose"
          small
          options={options(regions, regions.keys, facets.regions)}
          values={search.regions.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.phase}
          legend="Phase"
          legendSize="s"
          hint="Trusts running a school of any phase you choose"
          small
          options={options(phases, phaseKeys, facets.phases)}
          values={search.phases.map(toParamValue)}
        />
        <Select
          name={PARAM.size}
          label="Size"
          placeholder="Any size"
          options={options(sizeBands, sizeBands.keys)}
          defaultValue={search.sizeBand === null ? "" : toParamValue(search.sizeBand)}
        />
        <CheckboxGroup
          name={PARAM.religiousCharacter}
          legend="Religious character"
          legendSize="s"
          hint="Trusts running a school of any religious character you choose"
          small
          options={options(religiousCharacters, religiousCharacterKeys)}
          values={search.religiousCharacters.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.special}
          legend="Special provision"
          legendSize="s"
          small
          options={[
            {
              value: "yes",
              label: `Runs a special school or alternative provision (${countFor(facets.hasSpecialOrAlternativeProvision, true)})`,
            },
          ]}
          values={search.specialProvision ? ["yes"] : []}
        />
        <CheckboxGroup
          name={PARAM.church}
          legend="Church governance"
          legendSize="s"
          hint="How far a church appoints the trust's members and trustees"
          small
          options={options(
            churchGovernanceLevels,
            churchGovernanceLevels.keys,
            facets.churchGovernanceLevels,
          )}
          values={search.churchGovernanceLevels.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.growth}
          legend="Growth stage"
          legendSize="s"
          small
          options={options(growthStages, growthStages.keys, facets.growthStages)}
          values={search.growthStages.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.type}
          legend="Type of trust"
          legendSize="s"
          small
          options={listedTrustTypes.map((key) => ({
            value: toParamValue(key),
            label: TYPE_LABELS[key],
          }))}
          values={search.types.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.status}
          legend="Status"
          legendSize="s"
          hint="Closed trusts are never listed"
          small
          options={options(groupStatuses, listedTrustStatuses)}
          values={search.statuses.map(toParamValue)}
        />
        <Button fullWidth>Search</Button>
      </Form>
    </search>
  );
}

/** One chosen filter value, and the address of the same search without it. */
interface Chosen {
  label: string;
  remove: string;
}

/** Each filter value chosen, with a link that takes just that one away. */
function chosenFilters(
  search: TrustSearch,
  nearSchool: NearSchool,
): { name: string; values: Chosen[] }[] {
  const without = (patch: Partial<TrustSearch>) => trustSearchHref({ ...search, ...patch });
  const each = <K extends string>(
    name: string,
    keys: readonly K[],
    label: (k: K) => string,
    field: keyof TrustSearch,
  ) => ({
    name,
    values: keys.map((k) => ({
      label: label(k),
      remove: without({ [field]: keys.filter((other) => other !== k) } as Partial<TrustSearch>),
    })),
  });
  const groups = [
    ...(search.q !== ""
      ? [{ name: "Search", values: [{ label: `“${search.q}”`, remove: without({ q: "" }) }] }]
      : []),
    ...(search.near
      ? [
          {
            name: "Near",
            values: [
              {
                label: `within ${search.near.withinKm} km of ${nearSchool?.name ?? `URN ${search.near.urn}`}`,
                remove: without({
                  near: null,
                  sort: search.sort === "DISTANCE" ? null : search.sort,
                }),
              },
            ],
          },
        ]
      : []),
    each("Region", search.regions, (k) => regions.label(k), "regions"),
    each("Phase", search.phases, (k) => phases.label(k), "phases"),
    ...(search.sizeBand !== null
      ? [
          {
            name: "Size",
            values: [
              { label: sizeBands.label(search.sizeBand), remove: without({ sizeBand: null }) },
            ],
          },
        ]
      : []),
    each("Values", search.values, (k) => trustValues.label(k), "values"),
    ...(search.openToPartnerships
      ? [
          {
            name: "Partnerships",
            values: [
              {
                label: "open to trust partnerships",
                remove: without({ openToPartnerships: false }),
              },
            ],
          },
        ]
      : []),
    ...(search.specialProvision
      ? [
          {
            name: "Special provision",
            values: [
              {
                label: "runs special or alternative provision",
                remove: without({ specialProvision: false }),
              },
            ],
          },
        ]
      : []),
    each(
      "Church governance",
      search.churchGovernanceLevels,
      (k) => churchGovernanceLevels.label(k),
      "churchGovernanceLevels",
    ),
    each("Growth stage", search.growthStages, (k) => growthStages.label(k), "growthStages"),
    each(
      "Religious character",
      search.religiousCharacters,
      (k) => religiousCharacters.label(k),
      "religiousCharacters",
    ),
    each("Type", search.types, (k) => groupTypes.label(k), "types"),
    each("Status", search.statuses, (k) => groupStatuses.label(k), "statuses"),
  ];
  return groups.filter((g) => g.values.length > 0);
}

/** What the results are narrowed by, each with a link to remove it. */
function ChosenFilters({ search, nearSchool }: { search: TrustSearch; nearSchool: NearSchool }) {
  const groups = chosenFilters(search, nearSchool);
  if (groups.length === 0) return null;
  return (
    <div className="ui-stack stack-tight">
      <dl className="chosen-filters ui-body-s" aria-label="Your search">
        {groups.map((group) => (
          <div className="chosen-filters__group" key={group.name}>
            <dt>{`${group.name}:`}</dt>
            {group.values.map((value) => (
              <dd key={value.label}>
                {value.label}{" "}
                <TextLink href={value.remove}>
                  Remove
                  <span className="ui-visually-hidden">{` ${group.name.toLowerCase()}: ${value.label}`}</span>
                </TextLink>
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <p className="ui-body-s">
        <TextLink href="/trusts">Clear search and filters</TextLink>
      </p>
    </div>
  );
}

function NoResults({ search }: { search: TrustSearch }) {
  return (
    <div className="ui-stack ui-measure">
      <p className="ui-body">No trusts match your search.</p>
      <p className="ui-body">You could:</p>
      <ul className="ui-list ui-list--bullet ui-body">
        {search.q !== "" && <li>check the spelling, or search for part of the trust's name</li>}
        {isFiltered(search) && <li>choose fewer filters, or more regions or phases</li>}
        <li>search by the trust's Group ID (like TR01234) or Companies House number</li>
      </ul>
    </div>
  );
}

export default function TrustSearchPage({ loaderData }: Route.ComponentProps) {
  const { search, trusts, nearSchool, links, page, totalPages, ignored } = loaderData;
  const rows = trusts.nodes.map((trust, i) => ({
    ...trust,
    distanceKm: trusts.edges[i]?.distanceKm ?? null,
  }));
  const showing =
    trusts.nodes.length === 0
      ? null
      : `Showing ${formatNumber(trusts.offset + 1)}–${formatNumber(trusts.offset + trusts.nodes.length)} of ${formatNumber(trusts.totalCount)}, sorted by ${trustOrders.label(trusts.order).toLowerCase()}`;
  const location = useLocation();
  const heading = headingFor(search);
  const pageSummary = page === null ? undefined : `Page ${page} of ${formatNumber(totalPages)}`;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Find a trust" }]} />
      <Main>
        <div className="ui-stack">
          <ErrorSummary
            title="Part of your search was not understood"
            errors={ignoredSummaryItems(ignored)}
          />
          <Heading level={1}>{heading}</Heading>
          <div className="ui-layout-sidebar">
            <div className="ui-layout-sidebar__aside">
              {/* A new URL (a link, Back) re-renders the form with its choices, not the last typed. */}
              <FilterForm
                search={search}
                facets={trusts.facets}
                nearSchool={nearSchool}
                key={location.search}
              />
            </div>
            <section
              className="ui-layout-sidebar__content ui-stack"
              aria-labelledby={RESULTS_HEADING_ID}
            >
              {/* After a search or a page change, focus comes here (see RouteFocus). */}
              <Heading level={2} id={RESULTS_HEADING_ID} tabIndex={-1}>
                {foundText(trusts.totalCount)}
              </Heading>
              <ChosenFilters search={search} nearSchool={nearSchool} />
              {showing && <p className="ui-body">{showing}</p>}
              {trusts.nodes.length === 0 ? (
                <NoResults search={search} />
              ) : (
                <Table
                  caption={
                    pageSummary ? `Trusts found, ${pageSummary.toLowerCase()}` : "Trusts found"
                  }
                  captionHidden
                  stackWhenNarrow
                  rowKey={(trust) => trust.id}
                  rows={rows}
                  columns={[
                    {
                      id: "name",
                      header: "Trust",
                      rowHeader: true,
                      cell: (trust) => (
                        <>
                          <TextLink href={`/trusts/${encodeURIComponent(trust.id)}`}>
                            {trust.name}
                          </TextLink>
                          <TrustStatusTag status={trust.status} />
                        </>
                      ),
                    },
                    ...(search.near
                      ? [
                          {
                            id: "distance",
                            header: "Nearest school",
                            numeric: true,
                            cell: (trust: (typeof rows)[number]) =>
                              trust.distanceKm === null ? NOT_RECORDED : `${trust.distanceKm} km`,
                          },
                        ]
                      : []),
                    { id: "type", header: "Type", cell: (trust) => groupTypes.label(trust.type) },
                    {
                      id: "schools",
                      header: "Schools",
                      numeric: true,
                      cell: (trust) => formatNumber(trust.schoolCount),
                    },
                    {
                      id: "phases",
                      header: "Phases",
                      cell: (trust) =>
                        trust.phaseCounts
                          .map((p) => `${phases.label(p.phase)} ${p.count}`)
                          .join(", ") || "No schools yet",
                    },
                    {
                      id: "size",
                      header: "Size",
                      cell: (trust) =>
                        trust.sizeBand ? sizeBands.label(trust.sizeBand) : "No schools yet",
                    },
                    {
                      id: "region",
                      header: "Head office region",
                      cell: (trust) => (trust.region ? regions.label(trust.region) : NOT_RECORDED),
                    },
                  ]}
                />
              )}
              <CursorPagination links={links} summary={pageSummary} label="Search results pages" />
            </section>
          </div>
        </div>
      </Main>
    </>
  );
}
