import { countOf, Table, type TableColumn } from "@atlas/ui";
import { useMutation, useQuery } from "urql";
import { unpublishOutcomeOf } from "../trust-documents/unpublish-outcome.ts";
import { type UnpublishOutcome, VersionHistory } from "../trust-documents/VersionHistory.tsx";
import {
  SchemeOfDelegationHistoryQuery,
  type SchemeVersionEntry,
  UnpublishSchemeOfDelegationVersionMutation,
} from "./operations.ts";
import {
  type ReadableSchemeChange,
  readableSchemeChanges,
  type SchemeChangeLike,
} from "./scheme-changes.ts";

const columns = (before: string, after: string): readonly TableColumn<ReadableSchemeChange>[] => [
  { id: "decision", header: "Decision", rowHeader: true, cell: (c) => c.decision },
  { id: "tier", header: "Tier", cell: (c) => c.tier },
  { id: "before", header: before, cell: (c) => c.before },
  { id: "after", header: after, cell: (c) => c.after },
];

/** A table of cell changes (a version's, or the draft's unpublished ones). */
export function SchemeChangesTable({
  caption,
  changes,
  before = "Before",
  after = "After",
}: {
  caption: string;
  changes: readonly SchemeChangeLike[];
  before?: string;
  after?: string;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      columns={columns(before, after)}
      rows={readableSchemeChanges(changes)}
      rowKey={(c) => c.key}
      stackWhenNarrow
      emptyMessage="No cell changed."
    />
  );
}

/** The scheme's published versions, with the cells changed in each; curators may unpublish. */
export function SchemeHistory({
  trustId,
  canUnpublish,
}: {
  trustId: string;
  canUnpublish: boolean;
}) {
  const [result, reexecute] = useQuery({
    query: SchemeOfDelegationHistoryQuery,
    variables: { id: trustId },
  });
  const [, unpublish] = useMutation(UnpublishSchemeOfDelegationVersionMutation);
  const trust = result.data?.trust;

  async function onUnpublish(
    version: SchemeVersionEntry,
    reason: string,
  ): Promise<UnpublishOutcome> {
    const answer = await unpublish({ input: { versionId: version.id, reason } });
    return unpublishOutcomeOf(answer.data?.unpublishSchemeOfDelegationVersion);
  }

  return (
    <VersionHistory
      what="scheme of delegation"
      versions={trust?.schemeOfDelegationHistory ?? undefined}
      liveId={trust?.schemeOfDelegation?.id}
      loading={result.fetching}
      failed={result.error !== undefined}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      changeCount={(v) => countOf(v.changes?.length ?? 0, "cell")}
      renderChanges={(v) => (
        <SchemeChangesTable caption={`Changes in version ${v.number}`} changes={v.changes ?? []} />
      )}
      onUnpublish={canUnpublish ? onUnpublish : undefined}
    />
  );
}
