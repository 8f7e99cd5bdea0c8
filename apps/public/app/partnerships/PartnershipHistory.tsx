import { type PartnershipState, partnershipEventLabel, partnershipStates } from "@atlas/domain";
import { Heading, noteBody } from "@atlas/ui";
import { attachedFileName } from "./documents.ts";

export interface HistoryEvent {
  sequence: number;
  action: string;
  actorName?: string | null;
  actorParty: string;
  fromState?: PartnershipState | null;
  toState: PartnershipState;
  reason?: string | null;
  /** What the step recorded; a note's words are here. */
  details?: unknown;
  at: string;
}

// In London time: the history is read in English schools, whatever zone the server runs in.
export const when = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

/** Who took a step or wrote a note: "Sam Member for Hazel Primary School". */
export function who(event: HistoryEvent, names: { school: string; trust: string }): string {
  if (event.actorParty === "SYSTEM") return "Trust Atlas, on the agreed date";
  const side = event.actorParty === "SCHOOL" ? names.school : names.trust;
  return `${event.actorName ?? "Someone"} for ${side}`;
}

/**
 * Every step, oldest first, as it was recorded: the history is the partnership's record, so
 * the page shows it whole and offers no way to change it.
 */
export function PartnershipHistory({
  events,
  names,
}: {
  events: readonly HistoryEvent[];
  names: { school: string; trust: string };
}) {
  return (
    <section aria-labelledby="history-heading" className="ui-stack">
      <Heading level={2} id="history-heading">
        History
      </Heading>
      <p className="ui-body ui-measure">
        The history is the record: every step either side took, oldest first, with who took it and
        why. It cannot be changed.
      </p>
      <ol className="ui-list partnership-history">
        {events.map((event) => (
          <li key={event.sequence} className="partnership-history__event">
            <Heading level={3} size="s">
              {partnershipEventLabel(event.action)}
            </Heading>
            <p className="ui-body-s">
              <time dateTime={event.at}>{when.format(new Date(event.at))}</time>, by{" "}
              {who(event, names)}.
            </p>
            <p className="ui-body-s">
              {event.fromState
                ? `From ${partnershipStates.label(event.fromState).toLowerCase()} to ${partnershipStates.label(event.toState).toLowerCase()}`
                : `Now ${partnershipStates.label(event.toState).toLowerCase()}`}
            </p>
            {event.reason && (
              <p className="ui-body-s partnership-words">
                <strong>Reason:</strong> {event.reason}
              </p>
            )}
            {noteBody(event) !== null && (
              <p className="ui-body-s partnership-words">{noteBody(event)}</p>
            )}
            {attachedFileName(event) !== null && (
              <p className="ui-body-s">{attachedFileName(event)}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
