import { countOf, Table, type TableColumn } from "@atlas/ui";
import { useMutation, useQuery } from "urql";
import { unpublishOutcomeOf } from "../trust-documents/unpublish-outcome.ts";
import { type UnpublishOutcome, VersionHistory } from "../trust-documents/VersionHistory.tsx";
import {
  type ProfileVersionEntry,
  TrustProfileHistoryQuery,
  UnpublishTrustProfileVersionMutation,
} from "./operations.ts";
import { type ReadableChange, readableProfileChanges } from "./profile-changes.ts";

export const profileChangeColumns: readonly TableColumn<ReadableChange>[] = [
  { id: "field", header: "Field", rowHeader: true, cell: (c) => c.label },
  {
    id: "before",
    header: "Before",
    cell: (c) => <span className="admin-prewrap">{c.before}</span>,
  },
  { id: "after", header: "After", cell: (c) => <span className="admin-prewrap">{c.after}</span> },
];

/** A table of field changes (a version's, or the draft's unpublished ones). */
export function ProfileChangesTable({
  caption,
  changes,
  before = "Before",
  after = "After",
}: {
  caption: string;
  changes: readonly { field: string; before?: unknown; after?: unknown }[];
  before?: string;
  after?: string;
}) {
  const columns = profileChangeColumns.map((column) =>
    column.id === "before"
      ? { ...column, header: before }
      : column.id === "after"
        ? { ...column, header: after }
        : column,
  );
  return (
    <Table
      caption={caption}
      captionHidden
      columns={columns}
      rows={readableProfileChanges(changes)}
      rowKey={(c) => c.field}
      stackWhenNarrow
      emptyMessage="No field changed."
    />
  );
}

/** The profile's published versions, with the changes of each; curators may unpublish. */
export function ProfileHistory({
  trustId,
  canUnpublish,
}: {
  trustId: string;
  canUnpublish: boolean;
}) {
  const [result, reexecute] = useQuery({
    query: TrustProfileHistoryQuery,
    variables: { id: trustId },
  });
  const [, unpublish] = useMutation(UnpublishTrustProfileVersionMutation);
  const trust = result.data?.trust;

  async function onUnpublish(
    version: ProfileVersionEntry,
    reason: string,
  ): Promise<UnpublishOutcome> {
    const answer = await unpublish({ input: { versionId: version.id, reason } });
    return unpublishOutcomeOf(answer.data?.unpublishTrustProfileVersion);
  }

  return (
    <VersionHistory
      what="profile"
      versions={trust?.profileHistory ?? undefined}
      liveId={trust?.profile?.id}
      loading={result.fetching}
      failed={result.error !== undefined}
      onRetry={() => reexecute({ requestPolicy: "network-only" })}
      changeCount={(v) => countOf(v.changes?.length ?? 0, "field")}
      renderChanges={(v) => (
        <ProfileChangesTable caption={`Changes in version ${v.number}`} changes={v.changes ?? []} />
      )}
      onUnpublish={canUnpublish ? onUnpublish : undefined}
    />
  );
}
