import { groupStatuses, groupTypes, regions } from "@atlas/domain";
import {
  countOf,
  formatDate,
  formatNumber,
  Heading,
  Notice,
  SummaryList,
  Tag,
  TextLink,
} from "@atlas/ui";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useId } from "react";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { AuditEventTable } from "../audit-log/AuditEventTable.tsx";
import { auditLogHref } from "../audit-log/audit-log-search.ts";
import { notRecorded, trustStatusTone } from "../dashboard/labels.ts";
import { graphql } from "../gql/index.ts";
import { LoadFailed } from "../layout/LoadFailed.tsx";
import { Page } from "../layout/Page.tsx";
import { inboxHref } from "../partnerships/inbox.ts";
import { trustDocumentHref } from "../trust-documents/page-trust.ts";
import { formatDateTime } from "../trust-documents/when.ts";
import { CuratorsOnly } from "./CuratorsOnly.tsx";
import { curationPath } from "./curation-paths.ts";
import { VerifyTrustForm } from "./VerifyTrustForm.tsx";

const TrustCurationQuery = graphql(`
  query TrustCuration($id: ID!) {
    trust(id: $id) {
      id
      name
      type
      status
      region
      groupUid
      groupId
      schoolCount
      partnershipCount
      profile {
        id
        number
        publishedAt
      }
      schemeOfDelegation {
        id
        number
        publishedAt
      }
      verification {
        checkedOn
        verifiedAt
        sectorBodyName
        verifiedBy
        contactName
        notes
      }
    }
    moderationQueue(first: 5, filter: { trustId: $id }) {
      totalCount
      nodes {
        id
        kind
        number
        held
      }
    }
  }
`);

/** How many entries the page shows; the audit log, filtered to the trust, has the rest. */
const historySize = 10;

const TrustHistoryQuery = graphql(`
  query TrustCurationHistory($filter: AuditLogFilter!, $first: Int!) {
    auditLog(first: $first, filter: $filter) {
      totalCount
      nodes {
        ...AuditEventFields
      }
    }
  }
`);

type CuratedTrust = NonNullable<ResultOf<typeof TrustCurationQuery>["trust"]>;
type WaitingVersions = ResultOf<typeof TrustCurationQuery>["moderationQueue"];

const title = "Trust curation";

/** One trust as a curator looks after it: summary, documents, verification and history. */
export function TrustCurationPage() {
  return (
    <CuratorsOnly title={title}>
      <TrustCuration />
    </CuratorsOnly>
  );
}

function TrustCuration() {
  const { trustId = "" } = useParams();
  const [result, reexecute] = useQuery({
    query: TrustCurationQuery,
    variables: { id: trustId },
  });
  const trust = result.data?.trust;
  const back = (
    <p>
      <TextLink href={curationPath}>Back to the list of trusts</TextLink>
    </p>
  );
  // An address whose id is not a trust's: the API says so, as an answer, not a failure.
  const notATrust = result.error !== undefined && !result.error.networkError;
  if (result.error && !trust && !notATrust) {
    return (
      <Page title={title}>
        <LoadFailed
          what="this trust"
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
        {back}
      </Page>
    );
  }
  if (trust === null || (notATrust && !trust)) {
    return (
      <Page title={title}>
        <Notice tone="warning" title="There is no such trust" headingLevel={2}>
          <p className="ui-mb-0">
            The link may be out of date, or the trust has left the register.
          </p>
        </Notice>
        {back}
      </Page>
    );
  }
  if (!trust) {
    return (
      <Page title={title}>
        <p role="status">Loading the trust…</p>
      </Page>
    );
  }
  return (
    <Page title={trust.name} documentTitle={`${trust.name} – ${title}`} caption="Trust curation">
      {back}
      <TrustSummary trust={trust} />
      <Documents trust={trust} waiting={result.data?.moderationQueue ?? null} />
      <Verification trust={trust} />
      <History trustId={trust.id} trustName={trust.name} />
    </Page>
  );
}

function TrustSummary({ trust }: { trust: CuratedTrust }) {
  return (
    <SummaryList
      rows={[
        { key: "Type", value: groupTypes.label(trust.type) },
        {
          key: "Status",
          value: (
            <Tag tone={trustStatusTone(trust.status)}>{groupStatuses.label(trust.status)}</Tag>
          ),
        },
        {
          key: "Head office region",
          value: trust.region ? regions.label(trust.region) : notRecorded,
        },
        { key: "Schools", value: formatNumber(trust.schoolCount) },
        { key: "Group UID", value: String(trust.groupUid) },
        { key: "Group ID", value: trust.groupId ?? notRecorded },
      ]}
    />
  );
}

/** "Profile version 4 (held until approved), Scheme of delegation version 2". */
function waitingText(waiting: WaitingVersions): string {
  const listed = waiting.nodes
    .map(
      (v) =>
        `${v.kind === "PROFILE" ? "Profile" : "Scheme of delegation"} version ${v.number}${v.held ? " (held until approved)" : ""}`,
    )
    .join(", ");
  const more = waiting.totalCount - waiting.nodes.length;
  return more > 0 ? `${listed} and ${more} more` : listed;
}

function Documents({ trust, waiting }: { trust: CuratedTrust; waiting: WaitingVersions | null }) {
  const headingId = useId();
  const version = (v: { number: number; publishedAt: string } | null | undefined) =>
    v ? `Version ${v.number}, published ${formatDateTime(v.publishedAt)}` : "Nothing published";
  const partnerships = trust.partnershipCount ?? 0;
  return (
    <section aria-labelledby={headingId} className="admin-panel">
      <Heading level={2} id={headingId}>
        Profile, scheme and partnerships
      </Heading>
      <SummaryList
        rows={[
          {
            key: "Profile",
            value: (
              <>
                {version(trust.profile)}.{" "}
                <TextLink href={trustDocumentHref("profile", trust.id)}>
                  Open the profile<span className="ui-visually-hidden"> of {trust.name}</span>
                </TextLink>
              </>
            ),
          },
          {
            key: "Scheme of delegation",
            value: (
              <>
                {version(trust.schemeOfDelegation)}.{" "}
                <TextLink href={trustDocumentHref("scheme", trust.id)}>
                  Open the scheme<span className="ui-visually-hidden"> of {trust.name}</span>
                </TextLink>
              </>
            ),
          },
          {
            key: "Awaiting moderation",
            value:
              waiting && waiting.totalCount > 0 ? (
                <>
                  {waitingText(waiting)}.{" "}
                  <TextLink href="/moderation">Decide in the moderation queue</TextLink>
                </>
              ) : (
                "Nothing waits for a curator."
              ),
          },
          {
            key: "Partnerships",
            value: (
              <>
                {countOf(partnerships, "request or partnership", "requests and partnerships")}.{" "}
                <TextLink href={inboxHref(trust.id)}>
                  See the partnership requests
                  <span className="ui-visually-hidden"> to {trust.name}</span>
                </TextLink>
              </>
            ),
          },
        ]}
      />
    </section>
  );
}

function Verification({ trust }: { trust: CuratedTrust }) {
  const headingId = useId();
  const v = trust.verification;
  return (
    <section aria-labelledby={headingId} className="admin-panel">
      <Heading level={2} id={headingId}>
        Verification
      </Heading>
      {v ? (
        <>
          <p>
            <Tag tone="success">Verified</Tag> by {v.sectorBodyName}. The verified badge shows on
            the trust's public page.
          </p>
          <SummaryList
            rows={[
              { key: "Checked on", value: formatDate(v.checkedOn) },
              { key: "Recorded", value: formatDateTime(v.verifiedAt) },
              { key: "Curator", value: v.verifiedBy ?? "Not shown" },
              { key: "Contact who confirmed", value: v.contactName ?? "Not shown" },
              { key: "Notes", value: v.notes ?? "None" },
            ]}
          />
        </>
      ) : (
        <p>
          <Tag tone="neutral">Not verified</Tag> The trust may publish, but its public page says it
          is not verified yet.
        </p>
      )}
      <VerifyTrustForm
        trustId={trust.id}
        trustName={trust.name}
        verifiedBefore={v !== null && v !== undefined}
      />
    </section>
  );
}

function History({ trustId, trustName }: { trustId: string; trustName: string }) {
  const headingId = useId();
  const [result, reexecute] = useQuery({
    query: TrustHistoryQuery,
    variables: { filter: { trustId }, first: historySize },
    requestPolicy: "cache-and-network",
  });
  const log = result.data?.auditLog;
  const everything = auditLogHref({
    action: null,
    subject: null,
    from: null,
    to: null,
    trust: trustId,
  });
  return (
    <section aria-labelledby={headingId} className="admin-panel">
      <Heading level={2} id={headingId}>
        History
      </Heading>
      <p>Every privileged action about the trust, newest first.</p>
      {result.error && !log && (
        <LoadFailed
          what="the history"
          headingLevel={3}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      )}
      {!log && !result.error && <p role="status">Loading the history…</p>}
      {log && (
        <>
          <AuditEventTable
            events={log.nodes}
            caption={`History of ${trustName}`}
            emptyMessage="Nothing has been recorded about this trust yet."
          />
          <p>
            <TextLink href={everything}>
              {log.totalCount > log.nodes.length
                ? `See all ${countOf(log.totalCount, "entry", "entries")} in the audit log`
                : "See the trust's entries in the audit log"}
            </TextLink>
          </p>
        </>
      )}
    </section>
  );
}
