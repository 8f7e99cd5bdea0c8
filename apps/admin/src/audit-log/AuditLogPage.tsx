import { auditActions, auditSubjects } from "@atlas/domain";
import {
  Button,
  CursorPagination,
  countOf,
  firstPageHref,
  isUnreadableCursor,
  pageLinks,
  pageRange,
  paginationSummary,
  readPagePosition,
  Select,
  TextInput,
  TextLink,
} from "@atlas/ui";
import type { FormEvent } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { CuratorsOnly } from "../curation/CuratorsOnly.tsx";
import { auditLogPath, trustCurationHref } from "../curation/curation-paths.ts";
import { graphql } from "../gql/index.ts";
import { answers } from "../graphql/answers.ts";
import { LoadFailed } from "../layout/LoadFailed.tsx";
import { Page } from "../layout/Page.tsx";
import { AuditEventTable } from "./AuditEventTable.tsx";
import {
  auditLogHref,
  auditLogParams,
  auditLogSearchFromForm,
  auditLogVariables,
  auditPageSize,
  auditParams,
  isFiltered,
  readAuditLogSearch,
} from "./audit-log-search.ts";

const AuditLogQuery = graphql(`
  query AuditLog(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: AuditLogFilter
  ) {
    auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...AuditEventFields
      }
    }
  }
`);

const AuditTrustQuery = graphql(`
  query AuditLogTrust($id: ID!) {
    trust(id: $id) {
      id
      name
    }
  }
`);

const title = "Audit log";

/** Every privileged action, newest first, filtered by action, subject, days and trust. */
export function AuditLogPage() {
  return (
    <CuratorsOnly title={title}>
      <AuditLog />
    </CuratorsOnly>
  );
}

function AuditLog() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = readAuditLogSearch(params);
  const position = readPagePosition(params);
  const variables = auditLogVariables(search, position);
  const [result, reexecute] = useQuery({
    query: AuditLogQuery,
    variables,
    // The log grows with every action: read it afresh each time the page is shown.
    requestPolicy: "cache-and-network",
  });
  const [trustResult] = useQuery({
    query: AuditTrustQuery,
    variables: { id: search.trust ?? "" },
    pause: search.trust === null,
  });
  const current = answers(result.operation, AuditLogQuery, variables);
  const log = current ? result.data?.auditLog : undefined;
  const trustName = trustResult.data?.trust?.name;

  function filter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(auditLogHref(auditLogSearchFromForm(new FormData(event.currentTarget), search)));
  }

  if (current && isUnreadableCursor(result.error, position)) {
    return <Navigate replace to={firstPageHref(auditLogPath, params)} />;
  }

  // The API's own words for a filter it refuses (a first day after the last, say).
  const refusal =
    result.error && !result.error.networkError
      ? result.error.graphQLErrors.map((e) => e.message).join(" ")
      : null;

  let status: string;
  if (result.error && !log) status = "The audit log could not be loaded.";
  else if (!log) status = "Loading the audit log…";
  else
    status = `${countOf(log.totalCount, "entry", "entries")}${isFiltered(search) ? " matching the filters" : ""}`;

  return (
    <Page title={title}>
      <p className="ui-body-l">
        Every privileged action (publishing, unpublishing, verifying, claim decisions, roles,
        invitations, collections and moderation), who took it, when, and what it changed. Entries
        cannot be changed or removed.
      </p>
      <search>
        <form method="get" action={auditLogPath} onSubmit={filter} key={params.toString()}>
          <fieldset className="admin-filters">
            <legend className="ui-fieldset__legend">Filter the log</legend>
            {search.trust && (
              <p>
                Only entries about{" "}
                <TextLink href={trustCurationHref(search.trust)}>
                  {trustName ?? "this trust"}
                </TextLink>
                .{" "}
                <TextLink href={auditLogHref({ ...search, trust: null })}>
                  Show entries about every trust
                </TextLink>
              </p>
            )}
            <div className="admin-filters__grid">
              <Select
                name={auditParams.action}
                label="Action"
                placeholder="Any action"
                defaultValue={search.action ?? ""}
                options={auditActions.keys.map((key) => ({
                  value: key,
                  label: auditActions.label(key),
                }))}
              />
              <Select
                name={auditParams.subject}
                label="About"
                placeholder="Anything"
                defaultValue={search.subject ?? ""}
                options={auditSubjects.keys.map((key) => ({
                  value: key,
                  label: auditSubjects.label(key),
                }))}
              />
              <TextInput
                name={auditParams.from}
                type="date"
                label="From (first day)"
                defaultValue={search.from ?? ""}
              />
              <TextInput
                name={auditParams.to}
                type="date"
                label="To (last day)"
                defaultValue={search.to ?? ""}
              />
            </div>
            <div className="admin-filters__actions">
              <Button variant="secondary">Apply the filters</Button>
              {isFiltered(search) && <TextLink href={auditLogPath}>Clear the filters</TextLink>}
            </div>
          </fieldset>
        </form>
      </search>

      <p role="status" className="ui-body-l" aria-busy={result.fetching || undefined}>
        <strong>{status}</strong>
      </p>

      {result.error && !log && (
        <LoadFailed
          what="the audit log"
          detail={refusal ?? undefined}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      )}

      {log && (
        <>
          <AuditEventTable
            events={log.nodes}
            linkTrusts
            caption={position.page === null ? title : `${title}, page ${position.page}`}
            emptyMessage={
              isFiltered(search)
                ? "No entry matches the filters. Choose fewer, or a longer stretch of days."
                : "Nothing has been recorded yet."
            }
          />
          <CursorPagination
            links={pageLinks(auditLogPath, auditLogParams(search), position, log.pageInfo)}
            summary={
              position.page === null
                ? undefined
                : paginationSummary(
                    pageRange(position.page, auditPageSize, log.totalCount),
                    log.totalCount,
                    { singular: "entry", plural: "entries" },
                  )
            }
            label="Pages of the audit log"
          />
        </>
      )}
    </Page>
  );
}
