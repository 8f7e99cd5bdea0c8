import { establishmentTypes, phases } from "@atlas/domain";
import {
  Breadcrumbs,
  Button,
  CursorPagination,
  countOf,
  ErrorSummary,
  formatNumber,
  Heading,
  isUnreadableCursor,
  Main,
  pageArgs,
  pageLinks,
  readPagePosition,
  Select,
  Table,
  TextInput,
  TextLink,
} from "@atlas/ui";
import { Form, useLocation } from "react-router";
import { graphql } from "../gql";
import { createApiClient, dataOf } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { RESULTS_HEADING_ID } from "../navigation/RouteFocus.tsx";
import {
  isSearching,
  readSchoolSearch,
  SCHOOL_PARAM,
  SCHOOLS_PAGE_SIZE,
  type SchoolSearch,
  showingText,
  toSchoolFilter,
  toSchoolSearchParams,
} from "../schools/search.ts";
import { MAX_QUERY_LENGTH } from "../search/params.ts";
import type { Route } from "./+types/schools";

const SchoolSearchQuery = graphql(`
  query SchoolSearch(
    $searching: Boolean!
    $filter: SchoolFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    localAuthorities {
      code
      name
    }
    schools(filter: $filter, first: $first, after: $after, last: $last, before: $before)
      @include(if: $searching) {
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
        localAuthority {
          code
          name
        }
        trust {
          id
          name
        }
      }
    }
  }
`);

export async function loader(args: Route.LoaderArgs) {
  const { url } = args;
  const { search, ignoredLa } = readSchoolSearch(url.searchParams);
  // Plain text, not ReactNode: loader data is serialised for the browser.
  const errors: { href: string; text: string }[] = [];
  if (ignoredLa !== null) {
    errors.push({
      href: `#${SCHOOL_PARAM.la}`,
      text: `“${ignoredLa}” is not a local authority we know, so it was ignored.`,
    });
  }
  const searching = isSearching(search);
  let position = readPagePosition(url.searchParams);
  const api = createApiClient(args);
  const variables = () => ({
    searching,
    filter: toSchoolFilter(search),
    ...pageArgs(position, SCHOOLS_PAGE_SIZE),
  });
  let result = await api.queryResult(SchoolSearchQuery, variables());
  // A cursor from an old or edited link that the API cannot read: say so, show the first page.
  if (searching && isUnreadableCursor(result.error, position)) {
    errors.push({
      href: `#${RESULTS_HEADING_ID}`,
      text: "The link to this page of results was out of date or incomplete, so the first page is shown.",
    });
    position = { after: null, before: null, page: 1 };
    result = await api.queryResult(SchoolSearchQuery, variables());
  }
  const { localAuthorities, schools } = dataOf(result);
  const links = schools
    ? pageLinks("/schools", toSchoolSearchParams(search), position, schools.pageInfo)
    : { previous: null, next: null };
  const laName = localAuthorities.find((la) => la.code === search.la)?.name ?? null;
  return { search, laName, localAuthorities, schools: schools ?? null, links, errors, position };
}

/** The page's heading, which is also the start of its title. */
function headingFor(search: SchoolSearch, laName: string | null): string {
  const inLa = laName ? ` in ${laName}` : "";
  if (search.q !== "") return `Schools matching “${search.q}”${inLa}`;
  if (laName) return `Schools in ${laName}`;
  return "Find your school";
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  const { search, laName, schools } = loaderData;
  const parts = [headingFor(search, laName)];
  if (schools) parts.push(foundText(schools.totalCount).toLowerCase());
  return [{ title: pageTitle(parts.join(", ")) }];
};

function foundText(count: number): string {
  return count === 0 ? "No schools found" : `${countOf(count, "school")} found`;
}

function SearchForm({
  search,
  localAuthorities,
}: {
  search: SchoolSearch;
  localAuthorities: readonly { code: number; name: string }[];
}) {
  return (
    <search aria-labelledby="school-search-heading">
      <Form method="get" action="/schools" className="ui-stack ui-measure">
        <Heading level={2} size="m" id="school-search-heading">
          Search for your school
        </Heading>
        <TextInput
          name={SCHOOL_PARAM.q}
          type="search"
          label="School name, URN or postcode"
          hint="For example, Riverside, 107123 or LS9 8AB"
          defaultValue={search.q}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
        />
        <Select
          name={SCHOOL_PARAM.la}
          label="Local authority"
          placeholder="Any local authority"
          options={localAuthorities.map((la) => ({ value: String(la.code), label: la.name }))}
          defaultValue={search.la === null ? "" : String(search.la)}
        />
        <Button>Search</Button>
      </Form>
    </search>
  );
}

function NoResults({ search, laName }: { search: SchoolSearch; laName: string | null }) {
  const what = [search.q !== "" && `“${search.q}”`, laName && `in ${laName}`].filter(Boolean);
  return (
    <div className="ui-stack ui-measure">
      <p className="ui-body">{`No schools match ${what.join(" ")}.`}</p>
      <p className="ui-body">
        Check the spelling, search for part of the school's name, or use its six-digit URN or its
        full postcode. Closed schools are not listed.
      </p>
    </div>
  );
}

type Results = NonNullable<Awaited<ReturnType<typeof loader>>["schools"]>;

function ResultsTable({ schools }: { schools: Results["nodes"] }) {
  return (
    <Table
      caption="Schools found"
      captionHidden
      stackWhenNarrow
      rowKey={(school) => school.id}
      rows={schools}
      columns={[
        {
          id: "name",
          header: "School",
          rowHeader: true,
          cell: (school) => <TextLink href={`/schools/${school.urn}`}>{school.name}</TextLink>,
        },
        { id: "urn", header: "URN", cell: (school) => String(school.urn) },
        { id: "phase", header: "Phase", cell: (school) => phases.label(school.phase) },
        {
          id: "type",
          header: "Type",
          cell: (school) => establishmentTypes.label(school.establishmentType),
        },
        { id: "la", header: "Local authority", cell: (school) => school.localAuthority.name },
        {
          id: "trust",
          header: "Trust",
          cell: (school) =>
            school.trust ? (
              <TextLink href={`/trusts/${encodeURIComponent(school.trust.id)}`}>
                {school.trust.name}
              </TextLink>
            ) : (
              "Not in a trust"
            ),
        },
      ]}
    />
  );
}

export default function SchoolSearchPage({ loaderData }: Route.ComponentProps) {
  const { search, laName, localAuthorities, schools, links, errors, position } = loaderData;
  const location = useLocation();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Find your school" }]} />
      <Main>
        <div className="ui-stack">
          <ErrorSummary title="Part of your search was not understood" errors={errors} />
          <Heading level={1}>{headingFor(search, laName)}</Heading>
          {/* A new URL (a link, Back) re-renders the form with its choices, not the last typed. */}
          <SearchForm search={search} localAuthorities={localAuthorities} key={location.search} />
          {schools === null ? (
            <p className="ui-body ui-measure">
              Search by your school's name, its URN or its postcode, or choose its local authority,
              to find its page and start from there.
            </p>
          ) : (
            <section className="ui-stack" aria-labelledby={RESULTS_HEADING_ID}>
              {/* After a search or a page change, focus comes here (see RouteFocus). */}
              <Heading level={2} id={RESULTS_HEADING_ID} tabIndex={-1}>
                {foundText(schools.totalCount)}
              </Heading>
              {schools.nodes.length === 0 ? (
                <NoResults search={search} laName={laName} />
              ) : (
                <>
                  <p className="ui-body">
                    {showingText(
                      position.page,
                      schools.nodes.length,
                      schools.totalCount,
                      formatNumber,
                    )}
                  </p>
                  <ResultsTable schools={schools.nodes} />
                </>
              )}
              <CursorPagination links={links} label="Search results pages" />
              <p className="ui-body-s">
                <TextLink href="/schools">Clear search</TextLink>
              </p>
            </section>
          )}
        </div>
      </Main>
    </>
  );
}
