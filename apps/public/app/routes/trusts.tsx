import { groupTypes, phases, regions, sizeBands, trustOrders } from "@atlas/domain";
import {
  Breadcrumbs,
  countOf,
  ErrorSummary,
  formatNumber,
  Heading,
  Main,
  Pagination,
  Table,
  TextLink,
} from "@atlas/ui";
import { useLocation } from "react-router";
import { TrustStatusTag } from "../components/StatusTag.tsx";
import { NOT_RECORDED } from "../format.ts";
import { graphql } from "../gql";
import { createApiClient, dataOf } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { RESULTS_HEADING_ID } from "../navigation/RouteFocus.tsx";
import { ChosenFilters } from "../search/ChosenFilters.tsx";
import { ignoredSummaryItems } from "../search/ignored.ts";
import {
  BACK_PARAM,
  backValue,
  type IgnoredValue,
  isFiltered,
  PARAM,
  readTrustSearch,
  type TrustSearch,
  toSearchParams,
  toTrustFilter,
} from "../search/params.ts";
import { readResultsPage, resultsPageArgs, TRUSTS_PAGE_SIZE } from "../search/results-page.ts";
import { TrustFilterForm } from "../search/TrustFilterForm.tsx";
import { CompareCheckbox, CompareChosen } from "../shortlist/CompareChosen.tsx";
import { SaveSearchForm } from "../shortlist/SaveSearchForm.tsx";
import { ShortlistButton } from "../shortlist/ShortlistButton.tsx";
import { loadShortlisting } from "../shortlist/shortlisting.server.ts";
import type { Route } from "./+types/trusts";

const TrustSearchQuery = graphql(`
  query TrustSearch(
    $filter: TrustFilter
    $orderBy: TrustOrder
    $first: Int
    $offset: Int
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
      offset: $offset
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
      nodes {
        id
        name
        type
        status
        schoolCount
        sizeBand
        region
        localAuthorities {
          code
          name
        }
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
  const position = readResultsPage(url.searchParams);
  // Values in the URL the page could not use: reported on the page, never silently dropped.
  const ignored: IgnoredValue[] = [...ignoredFilters, ...position.ignored];
  let page = position.page;
  const api = createApiClient(args);
  const ask = () =>
    api.queryResult(TrustSearchQuery, {
      filter: toTrustFilter(search),
      orderBy: search.sort,
      nearUrn: search.near?.urn ?? 0,
      hasNear: search.near !== null,
      ...resultsPageArgs(page),
    });
  // Whose shortlist the rows' buttons are for, asked alongside the search.
  let [result, shortlisting] = await Promise.all([ask(), loadShortlisting(api, args.request)]);
  // A school to be near that the API does not know (or cannot place): search without it.
  if (result.error && !result.error.networkError && search.near !== null) {
    ignored.push({ param: PARAM.near, value: String(search.near.urn) });
    search.near = null;
    if (search.sort === "DISTANCE") search.sort = null;
    result = await ask();
  }
  let { trusts, nearSchool } = dataOf(result);
  const totalPages = Math.max(1, Math.ceil(trusts.totalCount / TRUSTS_PAGE_SIZE));
  // A page past the end (the results shrank since the link was made): say so, show the first.
  if (page > totalPages) {
    ignored.push({ param: PARAM.page, value: String(page) });
    page = 1;
    ({ trusts, nearSchool } = dataOf(await ask()));
  }
  // Each result links to its trust page with this search, for "Back to results" there.
  const back = backValue(search, new URLSearchParams(page > 1 ? { page: String(page) } : {}));
  return {
    search,
    trusts,
    nearSchool: nearSchool ?? null,
    page,
    totalPages,
    ignored,
    back,
    shortlisting,
  };
}

/** The whole result set as CSV, with the same filters and order. */
function csvHref(search: TrustSearch): string {
  const query = toSearchParams(search).toString();
  return query === "" ? "/trusts.csv" : `/trusts.csv?${query}`;
}

/** The address of page `page` of a search: page 1 is the search's own address. */
function pageHref(search: TrustSearch, page: number): string {
  const params = toSearchParams(search);
  if (page > 1) params.set(PARAM.page, String(page));
  const query = params.toString();
  return query === "" ? "/trusts" : `/trusts?${query}`;
}

/** The first few local authorities by name, and how many more: a long list would swamp the row. */
function localAuthoritiesText(list: readonly { name: string }[]): string {
  if (list.length === 0) return "No schools yet";
  const shown = list.slice(0, 3).map((la) => la.name);
  const more = list.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
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
  if (page > 1) parts.push(`page ${page}`);
  return [{ title: pageTitle(parts.join(", ")) }];
};

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
  const { search, trusts, nearSchool, page, totalPages, ignored, back, shortlisting } = loaderData;
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
  const pageSummary = `Page ${page} of ${formatNumber(totalPages)}`;
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
              <TrustFilterForm
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
              {shortlisting && isFiltered(search) && (
                <SaveSearchForm urn={shortlisting.school.urn} search={search} />
              )}
              {showing && (
                <>
                  <p className="ui-body">{showing}</p>
                  <p className="ui-body">
                    {/* A plain link: the download is a file, not a page for the router. */}
                    <a className="ui-link" href={csvHref(search)} download>
                      {trusts.totalCount === 1
                        ? "Download this trust (CSV)"
                        : `Download all ${formatNumber(trusts.totalCount)} trusts found (CSV)`}
                    </a>
                  </p>
                </>
              )}
              {trusts.nodes.length > 1 && <CompareChosen />}
              {trusts.nodes.length === 0 ? (
                <NoResults search={search} />
              ) : (
                <Table
                  caption={`Trusts found, ${pageSummary.toLowerCase()}`}
                  captionHidden
                  stackWhenNarrow
                  rowKey={(trust) => trust.id}
                  rows={rows}
                  columns={[
                    {
                      id: "compare",
                      header: "Compare",
                      cell: (trust) => (
                        <CompareCheckbox trustId={trust.id} trustName={trust.name} />
                      ),
                    },
                    {
                      id: "name",
                      header: "Trust",
                      rowHeader: true,
                      cell: (trust) => (
                        <>
                          <TextLink
                            href={`/trusts/${encodeURIComponent(trust.id)}${back === "" ? "" : `?${BACK_PARAM}=${encodeURIComponent(back)}`}`}
                          >
                            {trust.name}
                          </TextLink>
                          <TrustStatusTag status={trust.status} />
                          {shortlisting && (
                            <ShortlistButton
                              urn={shortlisting.school.urn}
                              trustId={trust.id}
                              trustName={trust.name}
                              shortlisted={shortlisting.shortlisted.includes(trust.id)}
                            />
                          )}
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
                    {
                      id: "local-authorities",
                      header: "Local authorities",
                      cell: (trust) => localAuthoritiesText(trust.localAuthorities),
                    },
                  ]}
                />
              )}
              <Pagination
                page={page}
                pageSize={TRUSTS_PAGE_SIZE}
                totalItems={trusts.totalCount}
                hrefForPage={(n) => pageHref(search, n)}
                showSummary={false}
                jump={{ action: "/trusts", params: toSearchParams(search) }}
                label="Search results pages"
              />
            </section>
          </div>
        </div>
      </Main>
    </>
  );
}
