import { groupTypes, regions } from "@atlas/domain";
import {
  Button,
  countOf,
  formatNumber,
  Heading,
  Notice,
  Pagination,
  Table,
  type TableColumn,
  TextInput,
} from "@atlas/ui";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { type FormEvent, useId } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../gql/index.ts";
import { answers } from "../graphql/answers.ts";
import type { Organisation } from "../session/access.ts";
import { notRecorded } from "./labels.ts";
import {
  adjacentPageHref,
  readTrustListPosition,
  trustListHref,
  trustListVariables,
  trustPageSize,
} from "./trust-list-params.ts";

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
        schoolCount
        region
      }
    }
  }
`);

type TrustRow = ResultOf<typeof TrustListQuery>["trusts"]["nodes"][number];

const columns: readonly TableColumn<TrustRow>[] = [
  { id: "name", header: "Name", rowHeader: true, cell: (t) => t.name },
  { id: "type", header: "Type", cell: (t) => groupTypes.label(t.type) },
  { id: "schools", header: "Schools", numeric: true, cell: (t) => formatNumber(t.schoolCount) },
  {
    id: "region",
    header: "Head office region",
    cell: (t) => (t.region ? regions.label(t.region) : notRecorded),
  },
];

/** The curators' view of the register: every open trust, searchable, a page at a time. */
export function TrustList({ sectorBodies }: { sectorBodies: readonly Organisation[] }) {
  const headingId = useId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const position = readTrustListPosition(params);
  const variables = trustListVariables(position);
  const [result, reexecute] = useQuery({ query: TrustListQuery, variables });
  // While another page or search loads, urql still holds the last one: show it only if it
  // answers what the address asks for, so the count, caption and rows never disagree.
  const trusts = answers(result.operation, TrustListQuery, variables)
    ? result.data?.trusts
    : undefined;

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get("q");
    navigate(trustListHref({ search: typeof text === "string" ? text.trim() : "", page: 1 }));
  }

  let status: string;
  if (result.error && !trusts) status = "The list of trusts could not be loaded.";
  else if (!trusts) status = "Loading trusts…";
  else if (position.search === "") status = countOf(trusts.totalCount, "trust");
  else status = `${countOf(trusts.totalCount, "trust")} matching “${position.search}”`;

  const sectorBody = sectorBodies.map((b) => b.name).join(", ");
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId} caption={sectorBody === "" ? "Curation" : sectorBody}>
        Trusts
      </Heading>
      <search>
        <form method="get" action="/" onSubmit={search} className="admin-search">
          <TextInput
            key={position.search}
            name="q"
            type="search"
            label="Search trusts"
            hint="A name, Group ID (for example TR01234) or Companies House number"
            defaultValue={position.search}
            maxLength={100}
            spellCheck={false}
          />
          <Button variant="secondary">Search</Button>
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
            caption={`Trusts, page ${position.page}`}
            captionHidden
            columns={columns}
            rows={trusts.nodes}
            rowKey={(t) => t.id}
            emptyMessage={
              position.search === ""
                ? "There are no open trusts on the register."
                : "No trust matches your search. Check the spelling or search for part of the name."
            }
          />
          <Pagination
            page={position.page}
            pageSize={trustPageSize}
            totalItems={trusts.totalCount}
            hrefForPage={(page) => adjacentPageHref(position, page, trusts.pageInfo)}
            itemLabel={{ singular: "trust", plural: "trusts" }}
            label="Pages of trusts"
            showPageNumbers={false}
          />
        </>
      )}
    </section>
  );
}
