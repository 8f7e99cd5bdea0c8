import { groupTypes, regions } from "@atlas/domain";
import { Breadcrumbs, countOf, ErrorSummary, formatNumber, Main } from "@atlas/ui";
import { data } from "react-router";
import { env } from "../env.server.ts";
import { graphql } from "../gql";
import { createApiClient, dataOf } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { RequestPartnershipLink } from "../partnerships/RequestPartnershipLink.tsx";
import { ignoredSummaryItems } from "../search/ignored.ts";
import { isUnreadableCursor, pageArgs, pageLinks, readPagePosition } from "../search/pagination.ts";
import {
  BACK_PARAM,
  backToResultsHref,
  type IgnoredValue,
  ignoredPagingValues,
  PARAM,
} from "../search/params.ts";
import { ShortlistButton } from "../shortlist/ShortlistButton.tsx";
import { loadShortlisting } from "../shortlist/shortlisting.server.ts";
import { Contents } from "../trusts/Contents.tsx";
import { mapSchoolsOf } from "../trusts/format.ts";
import { inReadingOrder } from "../trusts/profile.ts";
import { trustPageSections } from "../trusts/sections.ts";
import { TrustHeader } from "../trusts/TrustHeader.tsx";
import { TrustSections } from "../trusts/TrustSections.tsx";
import type { Route } from "./+types/trust";

/** Schools listed on one page of a trust's page (the API's largest page, and the query's default). */
const SCHOOLS_PAGE_SIZE = 100;

/**
 * Everything the page shows, in one request: the register's facts and figures, the trust's
 * newest published profile and scheme of delegation, and a page of its schools. The API answers
 * it in at most 3 SQL statements (apps/api/test/public-trust-page.test.ts runs this very query).
 */
const TrustPageQuery = graphql(`
  query TrustPage($id: ID!, $first: Int = 100, $after: String, $last: Int, $before: String) {
    trust(id: $id) {
      id
      name
      type
      status
      verification {
        checkedOn
        sectorBodyName
      }
      groupId
      companiesHouseNumber
      ukprn
      openedOn
      headOfficePostcode
      region
      schoolCount
      sizeBand
      pupilCount
      academyCount
      regionsCovered
      schoolConditionAllocationEligible
      phaseCounts {
        phase
        count
      }
      establishmentTypeCounts {
        establishmentType
        count
      }
      profile {
        number
        publishedAt
        changeSummary
        visionStatement
        values {
          value
          statement
        }
        ethos
        qualityStatements {
          pillar
          statement
        }
        faith {
          churchGovernanceLevel
          dioceses
          faithDesignation
        }
        geography {
          regions
          localAuthorities {
            code
            name
          }
          growthAreas
        }
        growth {
          stage
          openToNewSchools
          openToPartnerships
          capacity
          seeking {
            phases
            establishmentTypes
            areas
          }
        }
        schoolImprovementOffer
        centralServices
        finance {
          contribution {
            kind
            percent
            minPercent
            maxPercent
            variesBy
          }
          gagPooling
          budgetDelegation
          capitalApproach
          reserves {
            pooled
            targetPercent
            policy
          }
          accountsUrl
        }
        governance {
          members
          trustees
          localGovernanceModel
          contacts {
            name
            role
            email
          }
        }
      }
      schemeOfDelegation {
        number
        publishedAt
        changeSummary
        cells {
          decision
          tier
          level
        }
        autonomy {
          area
          index
        }
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
            name
          }
          location {
            latitude
            longitude
          }
        }
      }
    }
  }
`);

type PagePosition = ReturnType<typeof readPagePosition>;

/** The query's paging variables: `first` defaults to a full page, so paging back clears it. */
function schoolsPage(position: PagePosition) {
  const args = pageArgs(position, SCHOOLS_PAGE_SIZE);
  return "last" in args ? { first: null, ...args } : args;
}

export async function loader(args: Route.LoaderArgs) {
  const { params, url } = args;
  const api = createApiClient(args);
  // Paging values the page could not use are reported on it, never silently dropped.
  const ignored: IgnoredValue[] = ignoredPagingValues(url.searchParams);
  let position = readPagePosition(url.searchParams);
  let [result, shortlisting] = await Promise.all([
    api.queryResult(TrustPageQuery, { id: params.id, ...schoolsPage(position) }),
    loadShortlisting(api, args.request),
  ]);
  // A stale or edited cursor: say so, and show the first page of schools.
  if (isUnreadableCursor(result.error, position)) {
    ignored.push({
      param: position.after !== null ? PARAM.after : PARAM.before,
      value: position.after ?? position.before ?? "",
    });
    position = { after: null, before: null, page: 1 };
    result = await api.queryResult(TrustPageQuery, { id: params.id, ...schoolsPage(position) });
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
    backToResults: backToResultsHref(url.searchParams.get(BACK_PARAM)),
    sections: trustPageSections({ profile: trust.profile, schoolsListed: schools.nodes.length }),
    // The API counts and sums across every school of the trust, in the same request.
    byPhase: inReadingOrder(trust.phaseCounts),
    // Zero means no school of the trust reports a figure (or it runs none): nothing to show.
    pupils: trust.pupilCount > 0 ? trust.pupilCount : null,
    // Made here, once, so the map gets the same array on every render.
    mapSchools: mapSchoolsOf(schools.nodes),
    mapTiles: { tileUrl: env.MAP_TILE_URL, tileAttribution: env.MAP_TILE_ATTRIBUTION },
    links,
    page,
    totalPages,
    shortlisting,
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

export default function TrustPage({ loaderData }: Route.ComponentProps) {
  const {
    trust,
    sections,
    pupils,
    mapSchools,
    mapTiles,
    links,
    page,
    totalPages,
    ignored,
    backToResults,
    shortlisting,
  } = loaderData;
  const pageSummary =
    totalPages > 1 && page !== null ? `Page ${page} of ${formatNumber(totalPages)}` : undefined;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          {
            href: backToResults ?? "/trusts",
            label: backToResults ? "Back to results" : "Find a trust",
          },
          { label: trust.name },
        ]}
      />
      <Main>
        <div className="ui-stack trust-page">
          <ErrorSummary
            title="Part of the link was not understood"
            errors={ignoredSummaryItems(ignored)}
          />
          <TrustHeader trust={trust} />
          {shortlisting && (
            <>
              <ShortlistButton
                urn={shortlisting.school.urn}
                trustId={trust.id}
                trustName={trust.name}
                shortlisted={shortlisting.shortlisted.includes(trust.id)}
              />
              <p className="ui-body">
                <RequestPartnershipLink
                  urn={shortlisting.school.urn}
                  trustId={trust.id}
                  trustName={trust.name}
                />{" "}
                for {shortlisting.school.name}: a time-limited trial membership of the trust.
              </p>
            </>
          )}
          <Contents sections={sections} />
          <TrustSections
            sections={sections}
            trust={trust}
            pupils={pupils}
            mapSchools={mapSchools}
            mapTiles={mapTiles}
            links={links}
            pageSummary={pageSummary}
          />
        </div>
      </Main>
    </>
  );
}
