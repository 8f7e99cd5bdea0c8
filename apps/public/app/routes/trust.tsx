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
  countOf,
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
import { data, redirect } from "react-router";
import { CursorPagination } from "../components/CursorPagination.tsx";
import { NotRecordedDash } from "../components/NotRecorded.tsx";
import { NOT_RECORDED } from "../format.ts";
import { graphql } from "../gql";
import { createApiClient, dataOf, isCursorError } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { pageArgs, pageLinks } from "../search/pagination.ts";
import { parsePagePosition } from "../search/params.ts";
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

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const api = createApiClient(request);
  const position = parsePagePosition(url.searchParams);
  const result = await api.queryResult(TrustPageQuery, {
    id: params.id,
    ...pageArgs(position, SCHOOLS_PAGE_SIZE),
  });
  // A stale cursor: show the first page of schools rather than an error.
  if (result.error && isCursorError(result.error, position)) {
    throw redirect(url.pathname);
  }
  // A malformed ID is a BAD_USER_INPUT error, which dataOf turns into a 404.
  const { trust } = dataOf(result);
  if (!trust) throw data("Not found", { status: 404 });

  const { schools } = trust;
  const links = pageLinks(url.pathname, url.searchParams, position, schools.pageInfo);
  const totalPages = Math.max(1, Math.ceil(schools.totalCount / SCHOOLS_PAGE_SIZE));
  const page = position.page !== null && position.page <= totalPages ? position.page : null;
  return {
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
  const { trust, byPhase, pupils, links, page, totalPages } = loaderData;
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

          <section aria-labelledby="schools-heading" className="ui-stack">
            <Heading level={2} id="schools-heading">
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
                rowKey={(school) => school.id}
                rows={schools.nodes}
                columns={[
                  {
                    id: "name",
                    header: "School",
                    rowHeader: true,
                    cell: (school) => (
                      <TextLink href={`/schools/${school.urn}`}>{school.name}</TextLink>
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
