import {
  establishmentTypes,
  groupStatuses,
  groupTypes,
  phases,
  regions,
  sizeBands,
} from "@atlas/domain";
import {
  Breadcrumbs,
  CursorPagination,
  countOf,
  ErrorSummary,
  formatDate,
  formatNumber,
  Heading,
  Main,
  Stat,
  StatGroup,
  SummaryList,
  Table,
  Tag,
  TextLink,
} from "@atlas/ui";
import { data } from "react-router";
import { NotRecordedDash } from "../components/NotRecorded.tsx";
import { SchoolStatusTag } from "../components/StatusTag.tsx";
import { NOT_RECORDED } from "../format.ts";
import { graphql } from "../gql";
import { createApiClient, dataOf } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { RESULTS_HEADING_ID } from "../navigation/RouteFocus.tsx";
import { ignoredSummaryItems } from "../search/ignored.ts";
import { isUnreadableCursor, pageArgs, pageLinks, readPagePosition } from "../search/pagination.ts";
import { type IgnoredValue, ignoredPagingValues, PARAM } from "../search/params.ts";
import { inReadingOrder } from "../trusts/profile.ts";
import type { Route } from "./+types/trust";

/** Schools listed on one page of a trust's page (the API's largest page). */
const SCHOOLS_PAGE_SIZE = 100;

const TrustPageQuery = graphql(`
  query TrustPage($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    trust(id: $id) {
      id
      name
      type
      status
      groupId
      companiesHouseNumber
      ukprn
      openedOn
      headOfficePostcode
      region
      schoolCount
      sizeBand
      pupilCount
      phaseCounts {
        phase
        count
      }
      schools(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          id
          urn
          name
          status
          phase
          establishmentType
          pupils
          region
          localAuthority {
            code
            name
          }
        }
      }
    }
  }
`);

export async function loader(args: Route.LoaderArgs) {
  const { params, url } = args;
  const api = createApiClient(args);
  // Paging values the page could not use are reported on it, never silently dropped.
  const ignored: IgnoredValue[] = ignoredPagingValues(url.searchParams);
  let position = readPagePosition(url.searchParams);
  let result = await api.queryResult(TrustPageQuery, {
    id: params.id,
    ...pageArgs(position, SCHOOLS_PAGE_SIZE),
  });
  // A stale or edited cursor: say so, and show the first page of schools.
  if (isUnreadableCursor(result.error, position)) {
    ignored.push({
      param: position.after !== null ? PARAM.after : PARAM.before,
      value: position.after ?? position.before ?? "",
    });
    position = { after: null, before: null, page: 1 };
    result = await api.queryResult(TrustPageQuery, {
      id: params.id,
      ...pageArgs(position, SCHOOLS_PAGE_SIZE),
    });
  }
  // A malformed ID is a BAD_USER_INPUT error, which dataOf turns into a 404.
  const { trust } = dataOf(result);
  if (!trust) throw data("Not found", { status: 404 });

  const { schools } = trust;
  const links = pageLinks(url.pathname, url.searchParams, position, schools.pageInfo);
  const totalPages = Math.max(1, Math.ceil(schools.totalCount / SCHOOLS_PAGE_SIZE));
  let page = position.page;
  if (page !== null && page > totalPages) {
    ignored.push({ param: PARAM.page, value: String(page) });
    page = null;
  }
  return {
    ignored,
    trust,
    // The API counts and sums across every school of the trust, in the same request.
    byPhase: inReadingOrder(trust.phaseCounts),
    // Zero means no school of the trust reports a figure (or it runs none): nothing to show.
    pupils: trust.pupilCount > 0 ? trust.pupilCount : null,
    links,
    page,
    totalPages,
  };
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  const { trust } = loaderData;
  const where = trust.region ? ` with its head office in ${regions.label(trust.region)}` : "";
  return [
    { title: pageTitle(trust.name) },
    {
      name: "description",
      content: `${trust.name}: a ${groupTypes.label(trust.type).toLowerCase()}${where}, running ${countOf(trust.schoolCount, "school")}.`,
    },
  ];
};

function companiesHouseHref(number: string): string {
  return `https://find-and-update.company-information.service.gov.uk/company/${encodeURIComponent(number)}`;
}

export default function TrustPage({ loaderData }: Route.ComponentProps) {
  const { trust, byPhase, pupils, links, page, totalPages, ignored } = loaderData;
  const { schools } = trust;
  const pupilsText = pupils === null ? NOT_RECORDED : formatNumber(pupils);
  const pageSummary =
    totalPages > 1 && page !== null ? `Page ${page} of ${formatNumber(totalPages)}` : undefined;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/trusts", label: "Find a trust" },
          { label: trust.name },
        ]}
      />
      <Main>
        <div className="ui-stack">
          <ErrorSummary
            title="Part of the link was not understood"
            errors={ignoredSummaryItems(ignored)}
          />
          <div className="ui-stack stack-tight">
            <Heading level={1} caption={groupTypes.label(trust.type)}>
              {trust.name}
            </Heading>
            {trust.status !== "OPEN" && (
              <p>
                <Tag tone="warning">{groupStatuses.label(trust.status)}</Tag>
              </p>
            )}
          </div>

          <StatGroup>
            <Stat
              value={formatNumber(trust.schoolCount)}
              label={trust.schoolCount === 1 ? "school" : "schools"}
            />
            {pupils !== null && <Stat value={formatNumber(pupils)} label="pupils" />}
          </StatGroup>

          <section aria-labelledby="details-heading" className="ui-stack">
            <Heading level={2} id="details-heading">
              About the trust
            </Heading>
            <SummaryList
              rows={[
                { key: "Type", value: groupTypes.label(trust.type) },
                { key: "Status", value: groupStatuses.label(trust.status) },
                { key: "Group ID", value: trust.groupId ?? NOT_RECORDED },
                {
                  key: "Companies House number",
                  value: trust.companiesHouseNumber ? (
                    <TextLink href={companiesHouseHref(trust.companiesHouseNumber)}>
                      {trust.companiesHouseNumber}
                      <span className="ui-visually-hidden"> on Companies House</span>
                    </TextLink>
                  ) : (
                    NOT_RECORDED
                  ),
                },
                { key: "UKPRN", value: trust.ukprn ?? NOT_RECORDED },
                {
                  key: "Opened",
                  value: trust.openedOn ? formatDate(trust.openedOn) : NOT_RECORDED,
                },
                { key: "Head office postcode", value: trust.headOfficePostcode ?? NOT_RECORDED },
                {
                  key: "Head office region",
                  value: trust.region ? regions.label(trust.region) : NOT_RECORDED,
                },
                { key: "Number of schools", value: formatNumber(trust.schoolCount) },
                {
                  key: "Size",
                  value: trust.sizeBand ? sizeBands.label(trust.sizeBand) : "No schools yet",
                },
                { key: "Pupils", value: pupilsText },
              ]}
            />
          </section>

          {byPhase.length > 0 && (
            <section aria-labelledby="phases-heading" className="ui-stack">
              <Heading level={2} id="phases-heading">
                Schools by phase
              </Heading>
              <Table
                caption={`Number of ${trust.name} schools in each phase`}
                captionHidden
                stackWhenNarrow
                rowKey={(row) => row.phase}
                rows={byPhase}
                columns={[
                  {
                    id: "phase",
                    header: "Phase",
                    rowHeader: true,
                    cell: (row) => phases.label(row.phase),
                  },
                  {
                    id: "count",
                    header: "Schools",
                    numeric: true,
                    cell: (row) => formatNumber(row.count),
                  },
                ]}
              />
            </section>
          )}

          <section aria-labelledby={RESULTS_HEADING_ID} className="ui-stack">
            {/* Paging the schools brings focus back here (see RouteFocus). */}
            <Heading level={2} id={RESULTS_HEADING_ID} tabIndex={-1}>
              Schools in the trust
            </Heading>
            {schools.totalCount === 0 ? (
              <p className="ui-body">The trust runs no schools at the moment.</p>
            ) : (
              <Table
                caption={
                  pageSummary
                    ? `Schools in ${trust.name}, ${pageSummary.toLowerCase()}`
                    : `Schools in ${trust.name}`
                }
                captionHidden
                stackWhenNarrow
                rowKey={(school) => school.id}
                rows={schools.nodes}
                columns={[
                  {
                    id: "name",
                    header: "School",
                    rowHeader: true,
                    cell: (school) => (
                      <>
                        <TextLink href={`/schools/${school.urn}`}>{school.name}</TextLink>
                        <SchoolStatusTag status={school.status} />
                      </>
                    ),
                  },
                  { id: "phase", header: "Phase", cell: (school) => phases.label(school.phase) },
                  {
                    id: "type",
                    header: "Type",
                    cell: (school) => establishmentTypes.label(school.establishmentType),
                  },
                  {
                    id: "pupils",
                    header: "Pupils",
                    numeric: true,
                    cell: (school) =>
                      typeof school.pupils === "number" ? (
                        formatNumber(school.pupils)
                      ) : (
                        <NotRecordedDash />
                      ),
                  },
                  {
                    id: "region",
                    header: "Region",
                    cell: (school) => regions.label(school.region),
                  },
                  {
                    id: "la",
                    header: "Local authority",
                    cell: (school) => school.localAuthority.name,
                  },
                ]}
              />
            )}
            <CursorPagination links={links} summary={pageSummary} label="Pages of schools" />
          </section>
        </div>
      </Main>
    </>
  );
}
