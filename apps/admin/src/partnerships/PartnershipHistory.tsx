import { Table, type TableColumn } from "@atlas/ui";
import { formatDateTime } from "../trust-documents/when.ts";
import { actorLabel, eventActionLabel, eventDetails, stateLabel } from "./labels.ts";
import type { PartnershipEventView } from "./operations.ts";

const columns: readonly TableColumn<PartnershipEventView>[] = [
  { id: "sequence", header: "Step", numeric: true, cell: (e) => e.sequence },
  {
    id: "action",
    header: "What happened",
    rowHeader: true,
    cell: (e) => eventActionLabel(e.action),
  },
  {
    id: "actor",
    header: "By",
    cell: (e) => actorLabel(e.actorName, e.actorParty),
  },
  { id: "at", header: "When", cell: (e) => formatDateTime(e.at) },
  {
    id: "states",
    header: "State",
    cell: (e) =>
      e.fromState === null || e.fromState === undefined
        ? stateLabel(e.toState)
        : e.fromState === e.toState
          ? `${stateLabel(e.toState)} (unchanged)`
          : `${stateLabel(e.fromState)} → ${stateLabel(e.toState)}`,
  },
  {
    id: "reason",
    header: "Reason and details",
    cell: (e) => {
      const details = eventDetails(e.details);
      if (!e.reason && !details) return "—";
      return (
        <>
          {e.reason && <span className="admin-prewrap">{e.reason}</span>}
          {e.reason && details && <br />}
          {details && <span className="admin-prewrap">{details}</span>}
        </>
      );
    },
  },
];

/**
 * Every step of the partnership, oldest first, as the API keeps them (they cannot be changed):
 * the partnership's documentation of who did what, when, and why.
 */
export function PartnershipHistory({ events }: { events: readonly PartnershipEventView[] }) {
  return (
    <Table
      caption="History of this partnership, oldest first"
      captionHidden
      columns={columns}
      rows={events}
      rowKey={(e) => String(e.sequence)}
      stackWhenNarrow
      emptyMessage="Nothing has happened yet."
    />
  );
}
