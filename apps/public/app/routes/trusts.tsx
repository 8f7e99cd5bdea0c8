import {
  groupStatuses,
  groupTypes,
  listedTrustStatuses,
  listedTrustTypes,
  phases,
  regions,
  religiousCharacters,
  sizeBands,
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
  PARAM,
  readTrustSearch,
  type TrustSearch,
  toParamValue,
  toSearchParams,
  toTrustFilter,
} from "../search/params.ts";
import type { Route } from "./+types/trusts";

const TrustSearchQuery = graphql(`
  query TrustSearch($filter: TrustFilter, $first: Int, $after: String, $last: Int, $before: String) {
    trusts(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
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
  let result = await api.queryResult(TrustSearchQuery, {
    filter,
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
      filter,
      ...pageArgs(position, TRUSTS_PAGE_SIZE),
    });
  }
  const { trusts } = dataOf(result);
  const links = pageLinks("/trusts", toSearchParams(search), position, trusts.pageInfo);
  const totalPages = Math.max(1, Math.ceil(trusts.totalCount / TRUSTS_PAGE_SIZE));
  let page = position.page;
  if (page !== null && page > totalPages) {
    ignored.push({ param: PARAM.page, value: String(page) });
    page = null;
  }
  return { search, trusts, links, page, totalPages, ignored };
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

function options<K extends string>(vocab: Vocabulary<K>, keys: readonly K[]) {
  return keys.map((key) => ({ value: toParamValue(key), label: vocab.label(key) }));
}

function FilterForm({ search }: { search: TrustSearch }) {
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
        <CheckboxGroup
          name={PARAM.region}
          legend="Region"
          legendSize="s"
          hint="Trusts with a school in any region you choose"
          small
          options={options(regions, regions.keys)}
          values={search.regions.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.phase}
          legend="Phase"
          legendSize="s"
          hint="Trusts running a school of any phase you choose"
          small
          options={options(phases, phaseKeys)}
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

/** What the results are narrowed by, so the person can check it without reading the form. */
function ChosenFilters({ search }: { search: TrustSearch }) {
  const groups: { name: string; values: string[] }[] = [];
  if (search.q !== "") groups.push({ name: "Search", values: [`“${search.q}”`] });
  if (search.regions.length > 0) {
    groups.push({ name: "Region", values: search.regions.map((k) => regions.label(k)) });
  }
  if (search.phases.length > 0) {
    groups.push({ name: "Phase", values: search.phases.map((k) => phases.label(k)) });
  }
  if (search.sizeBand !== null) {
    groups.push({ name: "Size", values: [sizeBands.label(search.sizeBand)] });
  }
  if (search.religiousCharacters.length > 0) {
    groups.push({
      name: "Religious character",
      values: search.religiousCharacters.map((k) => religiousCharacters.label(k)),
    });
  }
  if (search.types.length > 0) {
    groups.push({ name: "Type", values: search.types.map((k) => groupTypes.label(k)) });
  }
  if (search.statuses.length > 0) {
    groups.push({ name: "Status", values: search.statuses.map((k) => groupStatuses.label(k)) });
  }
  if (groups.length === 0) return null;
  return (
    <div className="ui-stack stack-tight">
      <dl className="chosen-filters ui-body-s" aria-label="Your search">
        {groups.map((group) => (
          <div className="chosen-filters__group" key={group.name}>
            <dt>{`${group.name}:`}</dt>
            <dd>{group.values.join(", ")}</dd>
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
  const { search, trusts, links, page, totalPages, ignored } = loaderData;
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
              <FilterForm search={search} key={location.search} />
            </div>
            <section
              className="ui-layout-sidebar__content ui-stack"
              aria-labelledby={RESULTS_HEADING_ID}
            >
              {/* After a search or a page change, focus comes here (see RouteFocus). */}
              <Heading level={2} id={RESULTS_HEADING_ID} tabIndex={-1}>
                {foundText(trusts.totalCount)}
              </Heading>
              <ChosenFilters search={search} />
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
                  rows={trusts.nodes}
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
                    { id: "type", header: "Type", cell: (trust) => groupTypes.label(trust.type) },
                    {
                      id: "schools",
                      header: "Schools",
                      numeric: true,
                      cell: (trust) => formatNumber(trust.schoolCount),
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
