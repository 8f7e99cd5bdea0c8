import { auditActions } from "@atlas/domain";
import { Table, type TableColumn, TextLink } from "@atlas/ui";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { trustCurationHref } from "../curation/curation-paths.ts";
import { graphql } from "../gql/index.ts";
import { Disclosure } from "../trust-documents/Disclosure.tsx";
import { formatDateTime } from "../trust-documents/when.ts";
import { type ChangeRow, changeRows } from "./audit-changes.ts";

export const AuditEventFields = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    at
    actorName
    action
    subjectType
    summary
    trustId
    reason
    before
    after
  }
`);

export type AuditEventView = ResultOf<typeof AuditEventFields>;

/** One field's value, or how it changed: "Dana Chief → Sam Second". */
function ChangeValue({ row }: { row: ChangeRow }) {
  if (row.before === null) return <>{row.after}</>;
  if (row.after === null) return <>{row.before} (removed)</>;
  if (!row.changed) return <>{row.after} (unchanged)</>;
  return (
    <>
      {row.before} <span aria-hidden="true">→</span>
      <span className="ui-visually-hidden"> changed to</span> <strong>{row.after}</strong>
    </>
  );
}

/** What the entry recorded before and after, field by field, behind a disclosure. */
function Changes({ event }: { event: AuditEventView }) {
  const rows = changeRows(event.before, event.after);
  if (rows.length === 0 && !event.reason) return null;
  const firstRecord = event.before === null || event.before === undefined;
  return (
    <Disclosure
      summary={
        <>
          {firstRecord ? "What was recorded" : "Before and after"}
          <span className="ui-visually-hidden">: {event.summary}</span>
        </>
      }
    >
      {event.reason && (
        <p>
          <strong>Reason:</strong> <span className="admin-prewrap">{event.reason}</span>
        </p>
      )}
      {rows.length > 0 && (
        <dl className="admin-changes">
          {rows.map((row) => (
            <div key={row.field} className="admin-changes__row">
              <dt>{row.field}</dt>
              <dd>
                <ChangeValue row={row} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Disclosure>
  );
}

const columnsFor = (linkTrusts: boolean): readonly TableColumn<AuditEventView>[] => [
  {
    id: "at",
    header: "When",
    rowHeader: true,
    cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time>,
  },
  { id: "actor", header: "Who", cell: (e) => e.actorName ?? "Trust Atlas (the system)" },
  { id: "action", header: "Action", cell: (e) => auditActions.label(e.action) },
  {
    id: "summary",
    header: "What happened",
    cell: (e) => (
      <>
        <p className="ui-mb-0">
          {linkTrusts && e.trustId ? (
            <TextLink href={trustCurationHref(e.trustId)}>{e.summary}</TextLink>
          ) : (
            e.summary
          )}
        </p>
        <Changes event={e} />
      </>
    ),
  },
];

/** Audit entries, newest first, each with its before and after behind a disclosure. */
export function AuditEventTable({
  events,
  caption,
  emptyMessage,
  linkTrusts = false,
}: {
  events: readonly AuditEventView[];
  caption: string;
  emptyMessage: string;
  /** Each entry about a trust links to its curation page (not on that page itself). */
  linkTrusts?: boolean;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      columns={columnsFor(linkTrusts)}
      rows={events}
      rowKey={(e) => e.id}
      stackWhenNarrow
      emptyMessage={emptyMessage}
    />
  );
}
