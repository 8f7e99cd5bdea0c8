import {
  type EstablishmentStatus,
  establishmentStatuses,
  type GroupStatus,
  groupStatuses,
} from "@atlas/domain";
import { Tag } from "@atlas/ui";
import { trustStatusTone } from "./labels.ts";

// Open is the normal case and reads as plain text; any other status is a tag, so a list of
// many open trusts or schools still shows the few that are changing at a glance.

export function TrustStatusTag({ status }: { status: GroupStatus }) {
  if (status === "OPEN") return groupStatuses.label(status);
  return <Tag tone={trustStatusTone(status)}>{groupStatuses.label(status)}</Tag>;
}

export function SchoolStatusTag({ status }: { status: EstablishmentStatus }) {
  if (status === "OPEN") return establishmentStatuses.label(status);
  return <Tag tone={schoolStatusTone(status)}>{establishmentStatuses.label(status)}</Tag>;
}

function schoolStatusTone(status: EstablishmentStatus) {
  if (status === "CLOSED") return "error";
  if (status === "PROPOSED_TO_OPEN") return "info";
  return "warning";
}
