import type { TagTone } from "@atlas/ui";

/** How a trust's status shows as a tag: open is the normal case, anything else stands out. */
export function trustStatusTone(status: string): TagTone {
  if (status === "OPEN") return "success";
  if (status === "CLOSED") return "error";
  if (status === "PROPOSED_TO_OPEN") return "info";
  return "warning";
}

export const notRecorded = "Not recorded";
