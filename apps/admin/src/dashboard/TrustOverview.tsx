import {
  establishmentTypes,
  groupStatuses,
  groupTypes,
  phases,
  regions,
  sizeBands,
} from "@atlas/domain";
import {
  Button,
  countOf,
  formatDate,
  formatNumber,
  Heading,
  Notice,
  Stat,
  StatGroup,
  SummaryList,
  Table,
  type TableColumn,
  Tag,
  TextLink,
} from "@atlas/ui";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { type ReactNode, useId, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql/index.ts";
import type { Organisation } from "../session/access.ts";
import { trustDocumentHref } from "../trust-documents/page-trust.ts";
import { InviteColleague } from "./InviteColleague.tsx";
import { notRecorded, trustStatusTone } from "./labels.ts";
import { SchoolStatusTag } from "./StatusTag.tsx";

const TrustOverviewQuery = graphql(`
  query TrustOverview($id: ID!, $after: String) {
    trust(id: $id) {
      id
      name
      type
      status
      groupId
      companiesHouseNumber
      region
      openedOn
      schoolCount
      sizeBand
      pupilCount
      phaseCounts {
        phase
        count
      }
      administrators {
        grantedAt
        user {
          id
          name
          email
        }
      }
      schools(first: 100, after: $after) {
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
          status
          pupils
          region
        }
      }
    }
  }
`);

type Trust = NonNullable<ResultOf<typeof TrustOverviewQuery>["trust"]>;
type School = Trust["schools"]["nodes"][number];
type Administrator = NonNullable<Trust["administrators"]>[number];
type PhaseCount = Trust["phaseCounts"][number];

/**
 * The trust with its figures (the API totals every school) and its first 100 schools, in one
 * request however large the trust. Each `showMoreSchools` reads the next 100 by cursor, which
 * graphcache's relayPagination adds to the list already shown.
 */
function useTrustOverview(id: string) {
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: TrustOverviewQuery, variables: { id, after } });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  const pageInfo = result.data?.trust?.schools.pageInfo;
  const nextCursor = pageInfo?.hasNextPage ? (pageInfo.endCursor ?? null) : null;
  return {
    result,
    retry,
    showMoreSchools:
      nextCursor === null
        ? null
        : () => {
            // The same cursor again means its page failed: ask once more.
            if (nextCursor === after) retry();
            else setAfter(nextCursor);
          },
  };
}

const schoolColumns: readonly TableColumn<School>[] = [
  { id: "name", header: "Name", rowHeader: true, cell: (s) => s.name },
  { id: "phase", header: "Phase", cell: (s) => phases.label(s.phase) },
  { id: "type", header: "Type", cell: (s) => establishmentTypes.label(s.establishmentType) },
  { id: "status", header: "Status", cell: (s) => <SchoolStatusTag status={s.status} /> },
  {
    id: "pupils",
    header: "Pupils",
    numeric: true,
    cell: (s) => (s.pupils === null ? notRecorded : formatNumber(s.pupils)),
  },
  { id: "region", header: "Region", cell: (s) => regions.label(s.region) },
];

const administratorColumns: readonly TableColumn<Administrator>[] = [
  { id: "name", header: "Name", rowHeader: true, cell: (a) => a.user?.name ?? "Not shown" },
  { id: "email", header: "Email address", cell: (a) => a.user?.email ?? "Not shown" },
  { id: "since", header: "Administrator since", cell: (a) => formatDate(a.grantedAt) },
];

const phaseColumns: readonly TableColumn<PhaseCount>[] = [
  { id: "phase", header: "Phase", rowHeader: true, cell: (p) => phases.label(p.phase) },
  { id: "schools", header: "Schools", numeric: true, cell: (p) => formatNumber(p.count) },
];

interface TrustDetailsProps {
  trust: Trust;
  /** Reads the next page of schools; null when every school is shown. */
  showMoreSchools: (() => void) | null;
  loadingMore: boolean;
  failedMore: boolean;
}

function TrustDetails({ trust, showMoreSchools, loadingMore, failedMore }: TrustDetailsProps) {
  // Null only for someone who may not see them; this page is for those who may.
  const administrators = trust.administrators ?? [];
  const { schools } = trust;
  return (
    <>
      <StatGroup>
        <Stat
          value={formatNumber(trust.schoolCount)}
          label={trust.schoolCount === 1 ? "school" : "schools"}
          hint={trust.sizeBand ? `Size band: ${sizeBands.label(trust.sizeBand)}` : "No schools yet"}
        />
        <Stat
          value={formatNumber(trust.pupilCount)}
          label={trust.pupilCount === 1 ? "pupil" : "pupils"}
          hint="On roll across its schools"
        />
        <Stat
          value={formatNumber(administrators.length)}
          label={administrators.length === 1 ? "administrator" : "administrators"}
        />
      </StatGroup>

      <SummaryList
        rows={[
          { key: "Type", value: groupTypes.label(trust.type) },
          {
            key: "Status",
            value: (
              <Tag tone={trustStatusTone(trust.status)}>{groupStatuses.label(trust.status)}</Tag>
            ),
          },
          { key: "Group ID", value: trust.groupId ?? notRecorded },
          { key: "Companies House number", value: trust.companiesHouseNumber ?? notRecorded },
          {
            key: "Head office region",
            value: trust.region ? regions.label(trust.region) : notRecorded,
          },
          { key: "Incorporated", value: trust.openedOn ? formatDate(trust.openedOn) : notRecorded },
        ]}
      />

      <Heading level={3}>Profile and scheme of delegation</Heading>
      <ul className="ui-list admin-document-links">
        <li>
          <TextLink href={trustDocumentHref("profile", trust.id)}>
            Trust profile<span className="ui-visually-hidden"> of {trust.name}</span>
          </TextLink>
          : what schools read about the trust, its draft and its history
        </li>
        <li>
          <TextLink href={trustDocumentHref("scheme", trust.id)}>
            Scheme of delegation<span className="ui-visually-hidden"> of {trust.name}</span>
          </TextLink>
          : who decides what, tier by tier
        </li>
      </ul>

      <Heading level={3}>Schools by phase</Heading>
      <Table
        caption={`Schools of ${trust.name} by phase`}
        captionHidden
        columns={phaseColumns}
        rows={trust.phaseCounts}
        rowKey={(p) => p.phase}
        emptyMessage="The trust runs no schools yet."
      />

      <Heading level={3}>Administrators</Heading>
      <Table
        caption={`Administrators of ${trust.name}`}
        captionHidden
        columns={administratorColumns}
        rows={administrators}
        rowKey={(a) => a.user?.id ?? a.grantedAt}
        stackWhenNarrow
        emptyMessage="No one administers this trust yet."
      />
      <InviteColleague trustId={trust.id} trustName={trust.name} />

      <Heading level={3}>Schools</Heading>
      <Table
        caption={`Schools in ${trust.name}`}
        captionHidden
        columns={schoolColumns}
        rows={schools.nodes}
        rowKey={(s) => s.id}
        stackWhenNarrow
        emptyMessage="The trust runs no schools yet."
      />
      {showMoreSchools && (
        <div aria-busy={loadingMore || undefined}>
          <p role="status">
            {failedMore
              ? "The next schools could not be loaded. Check your connection and try again."
              : `Showing ${formatNumber(schools.nodes.length)} of ${countOf(schools.totalCount, "school")}.`}
          </p>
          <Button
            type="button"
            variant="secondary"
            onClick={showMoreSchools}
            disabled={loadingMore}
          >
            Show more schools
          </Button>
        </div>
      )}
    </>
  );
}

/** One administered trust on the dashboard: its key facts, figures, people and schools. */
export function TrustOverview({ trust: known }: { trust: Organisation }) {
  const headingId = useId();
  const { result, retry, showMoreSchools } = useTrustOverview(known.id);
  const trust = result.data?.trust;

  let body: ReactNode;
  if (result.error && !trust) {
    body = (
      <Notice tone="error" title="Sorry, this trust could not be loaded" headingLevel={3}>
        <p>Check your connection and try again.</p>
        <Button type="button" variant="secondary" onClick={retry}>
          Try again
        </Button>
      </Notice>
    );
  } else if (trust === null) {
    body = (
      <Notice tone="warning" title="This trust is no longer on the register" headingLevel={3}>
        <p className="ui-mb-0">Contact the sector body if you think this is a mistake.</p>
      </Notice>
    );
  } else if (!trust) {
    body = <p role="status">Loading the trust's details…</p>;
  } else {
    body = (
      <TrustDetails
        trust={trust}
        showMoreSchools={showMoreSchools}
        loadingMore={result.fetching}
        failedMore={result.error !== undefined}
      />
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId} caption="Your trust">
        {trust?.name ?? known.name}
      </Heading>
      {body}
    </section>
  );
}
