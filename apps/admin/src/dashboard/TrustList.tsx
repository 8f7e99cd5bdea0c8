import { groupTypes, regions } from "@atlas/domain";
import {
  Button,
  CursorPagination,
  countOf,
  firstPageHref,
  formatNumber,
  Heading,
  isUnreadableCursor,
  Notice,
  pageLinks,
  pageRange,
  paginationSummary,
  readPagePosition,
  Table,
  type TableColumn,
  Tag,
  TextInput,
  TextLink,
} from "@atlas/ui";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { type FormEvent, useId } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { trustCurationHref } from "../curation/curation-paths.ts";
import { graphql } from "../gql/index.ts";
import { answers } from "../graphql/answers.ts";
import { inboxHref } from "../partnerships/inbox.ts";
import type { Organisation } from "../session/access.ts";
import { trustDocumentHref } from "../trust-documents/page-trust.ts";
import { notRecorded } from "./labels.ts";
import { TrustStatusTag } from "./StatusTag.tsx";
import { TrustListFilters } from "./TrustListFilters.tsx";
import {
  isNarrowed,
  readTrustListSearch,
  trustListHref,
  trustListParams,
  trustListSearchFromForm,
  trustListVariables,
  trustPageSize,
} from "./trust-list-search.ts";

const TrustListQuery = graphql(`
  query TrustList($first: Int, $after: String, $last: Int, $before: String, $filter: TrustFilter) {
    trusts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
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
        region
        verification {
          checkedOn
        }
      }
      facets {
        ...TrustListFacets
      }
    }
  }
`);

type TrustRow = ResultOf<typeof TrustListQuery>["trusts"]["nodes"][number];

const columns: readonly TableColumn<TrustRow>[] = [
  {
    id: "name",
    header: "Name",
    rowHeader: true,
    cell: (t) => <TextLink href={trustCurationHref(t.id)}>{t.name}</TextLink>,
  },
  { id: "type", header: "Type", cell: (t) => groupTypes.label(t.type) },
  { id: "status", header: "Status", cell: (t) => <TrustStatusTag status={t.status} /> },
  {
    id: "verified",
    header: "Verification",
    cell: (t) =>
      t.verification ? <Tag tone="success">Verified</Tag> : <Tag tone="neutral">Not verified</Tag>,
  },
  { id: "schools", header: "Schools", numeric: true, cell: (t) => formatNumber(t.schoolCount) },
  {
    id: "region",
    header: "Head office region",
    cell: (t) => (t.region ? regions.label(t.region) : notRecorded),
  },
  {
    id: "documents",
    header: "Profile, scheme and partnerships",
    cell: (t) => (
      <span className="admin-inline-links">
        <TextLink href={trustDocumentHref("profile", t.id)}>
          Profile<span className="ui-visually-hidden"> of {t.name}</span>
        </TextLink>{" "}
        <TextLink href={trustDocumentHref("scheme", t.id)}>
          Scheme<span className="ui-visually-hidden"> of delegation of {t.name}</span>
        </TextLink>{" "}
        <TextLink href={inboxHref(t.id)}>
          <span className="ui-visually-hidden">Partnership </span>
          Requests<span className="ui-visually-hidden"> to {t.name}</span>
        </TextLink>
      </span>
    ),
  },
];

/** "Showing 21–40 of 134 trusts"; nothing when a hand-made link left the page unknown. */
function pageSummary(page: number | null, totalCount: number): string | undefined {
  if (page === null) return undefined;
  return paginationSummary(pageRange(page, trustPageSize, totalCount), totalCount, {
    singular: "trust",
    plural: "trusts",
  });
}

/**
 * The curators' view of the register: every open trust, searchable and filtered (counts by each
 * option), a page at a time; each trust's name opens its curation page. `basePath` is the page
 * the list is on: the dashboard, or /curation.
 */
export function TrustList({
  sectorBodies,
  basePath = "/",
  headingLevel = 2,
}: {
  sectorBodies: readonly Organisation[];
  basePath?: string;
  headingLevel?: 2 | 3;
}) {
  const headingId = useId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const searchText = readTrustListSearch(params);
  const position = readPagePosition(params);
  const variables = trustListVariables(searchText, position);
  const [result, reexecute] = useQuery({ query: TrustListQuery, variables });
  // While another page or search loads, urql still holds the last one: show it only if it
  // answers what the address asks for, so the count, caption and rows never disagree.
  const current = answers(result.operation, TrustListQuery, variables);
  const trusts = current ? result.data?.trusts : undefined;

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(trustListHref(trustListSearchFromForm(new FormData(event.currentTarget)), basePath));
  }

  // A stale or edited cursor the API cannot read: the same search from its first page.
  if (current && isUnreadableCursor(result.error, position)) {
    return <Navigate replace to={firstPageHref(basePath, params)} />;
  }

  let status: string;
  if (result.error && !trusts) status = "The list of trusts could not be loaded.";
  else if (!trusts) status = "Loading trusts…";
  else if (searchText.search !== "")
    status = `${countOf(trusts.totalCount, "trust")} matching “${searchText.search}”`;
  else if (isNarrowed(searchText))
    status = `${countOf(trusts.totalCount, "trust")} matching the filters`;
  else status = countOf(trusts.totalCount, "trust");

  const sectorBody = sectorBodies.map((b) => b.name).join(", ");
  return (
    <section aria-labelledby={headingId}>
      <Heading
        level={headingLevel}
        id={headingId}
        caption={sectorBody === "" ? "Curation" : sectorBody}
      >
        Trusts
      </Heading>
      <search>
        <form method="get" action={basePath} onSubmit={search}>
          <div className="admin-search">
            <TextInput
              key={searchText.search}
              name="q"
              type="search"
              label="Search trusts"
              hint="A name, Group ID (for example TR01234) or Companies House number"
              defaultValue={searchText.search}
              maxLength={100}
              spellCheck={false}
            />
            <Button variant="secondary">Search</Button>
          </div>
          <TrustListFilters
            search={searchText}
            facets={trusts?.facets ?? null}
            clearHref={isNarrowed(searchText) ? basePath : null}
          />
        </form>
      </search>

      <p role="status" className="ui-body-l" aria-busy={result.fetching || undefined}>
        <strong>{status}</strong>
      </p>

      {result.error && !trusts && (
        <Notice tone="error" title="Sorry, the trusts could not be loaded" headingLevel={3}>
          <p>Check your connection and try again.</p>
          <Button
            type="button"
            variant="secondary"
            onClick={() => reexecute({ requestPolicy: "network-only" })}
          >
            Try again
          </Button>
        </Notice>
      )}

      {trusts && (
        <>
          <Table
            caption={position.page === null ? "Trusts" : `Trusts, page ${position.page}`}
            captionHidden
            columns={columns}
            rows={trusts.nodes}
            rowKey={(t) => t.id}
            stackWhenNarrow
            emptyMessage={
              isNarrowed(searchText)
                ? "No trust matches your search and filters. Check the spelling, search for part of the name or choose fewer filters."
                : "There are no open trusts on the register."
            }
          />
          <CursorPagination
            links={pageLinks(basePath, trustListParams(searchText), position, trusts.pageInfo)}
            summary={pageSummary(position.page, trusts.totalCount)}
            label="Pages of trusts"
          />
        </>
      )}
    </section>
  );
}
