import type { tables } from "@atlas/db";
import { and, eq, isNull, type SQL } from "drizzle-orm";

/** What still waits for a curator: pending and not taken down, narrowed by kind, holding or trust. */
export function moderationQueueCondition(
  filter: {
    kind?: "PROFILE" | "SCHEME_OF_DELEGATION" | null;
    held?: boolean | null;
    trustId?: string | null;
  },
  table: typeof tables.trustDocumentVersions,
): SQL {
  return and(
    eq(table.moderationState, "PENDING"),
    isNull(table.unpublishedAt),
    filter.kind ? eq(table.kind, filter.kind) : undefined,
    filter.held == null ? undefined : eq(table.held, filter.held),
    filter.trustId ? eq(table.trustId, filter.trustId) : undefined,
  ) as SQL;
}
