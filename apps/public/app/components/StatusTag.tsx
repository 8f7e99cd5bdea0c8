import { establishmentStatuses, groupStatuses } from "@atlas/domain";
import { Tag, type TagTone } from "@atlas/ui";
import type { SchoolStatus, TrustStatus } from "../gql/graphql.ts";

/**
 * A trust's or school's status beside its name in a list, so one about to close (or not yet
 * open) is plain before anyone opens its page. Open is the usual case and says nothing.
 */
function StatusTag({ label, tone }: { label: string; tone: TagTone }) {
  return (
    <>
      {" "}
      <Tag tone={tone} className="status-tag">
        {label}
      </Tag>
    </>
  );
}

const TONE: Record<"closing" | "opening" | "closed", TagTone> = {
  closing: "warning",
  opening: "info",
  closed: "neutral",
};

export function TrustStatusTag({ status }: { status: TrustStatus }) {
  if (status === "OPEN") return null;
  const tone =
    status === "PROPOSED_TO_CLOSE"
      ? TONE.closing
      : status === "PROPOSED_TO_OPEN"
        ? TONE.opening
        : TONE.closed;
  return <StatusTag label={groupStatuses.label(status)} tone={tone} />;
}

export function SchoolStatusTag({ status }: { status: SchoolStatus }) {
  if (status === "OPEN") return null;
  if (status === "OPEN_PROPOSED_TO_CLOSE")
    return <StatusTag label="Proposed to close" tone={TONE.closing} />;
  const tone = status === "PROPOSED_TO_OPEN" ? TONE.opening : TONE.closed;
  return <StatusTag label={establishmentStatuses.label(status)} tone={tone} />;
}
