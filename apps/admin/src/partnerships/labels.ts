import {
  longDate,
  PARTNERSHIP_REQUEST_EVENT,
  type PartnershipState,
  partnershipEventLabel,
  partnershipOutcomes,
  partnershipParties,
  partnershipStates,
} from "@atlas/domain";
import type { TagTone } from "@atlas/ui";

/** How a state shows as a tag: what needs the trust stands out, what is over is plain. */
export function partnershipStateTone(state: PartnershipState): TagTone {
  switch (state) {
    case "REQUESTED":
      return "info";
    case "IN_DISCUSSION":
    case "AGREED":
      return "warning";
    case "ACTIVE":
      return "success";
    case "DECLINED":
      return "error";
    default:
      return "neutral";
  }
}

/** "1 September 2026" for an API Date; anything else as given. */
export const formatDay = (date: string): string => longDate(date);

/** "1 September 2026 to 31 August 2027". */
export const dateRange = (start: string, end: string): string =>
  `${formatDay(start)} to ${formatDay(end)}`;

/** £2,500 or £2,500.50. */
export function formatPounds(pounds: number): string {
  return pounds.toLocaleString("en-GB", {
    style: "currency",
    currency: "GBP",
    minimumFractionDigits: Number.isInteger(pounds) ? 0 : 2,
    maximumFractionDigits: 2,
  });
}

/**
 * The event's step, as a person reads it: "Propose changes to terms", "Message", "Added a
 * document"; the domain's words, but for the school's request, which the trust reads as asked.
 */
export function eventActionLabel(action: string): string {
  if (action === PARTNERSHIP_REQUEST_EVENT) return "Asked for a partnership";
  return partnershipEventLabel(action);
}

/** The side that took a step: "The school", "The trust", or the date for a step by the system. */
export function partyLabel(party: string): string {
  if (party === "SYSTEM") return "Trust Atlas (on the date)";
  return partnershipParties.has(party) ? partnershipParties.label(party) : party;
}

/** Who took a step or wrote a note: "Tia Admin, the trust", or the side when no name is kept. */
export function actorLabel(name: string | null | undefined, party: string): string {
  return name ? `${name}, ${partyLabel(party).toLowerCase()}` : partyLabel(party);
}

/** Who has confirmed the current terms, in a sentence for the trust's administrators. */
export function confirmationStatus(
  state: PartnershipState,
  confirmedBy: readonly string[],
): string | null {
  if (state !== "IN_DISCUSSION" && state !== "REQUESTED") return null;
  const trust = confirmedBy.includes("TRUST");
  const school = confirmedBy.includes("SCHOOL");
  if (trust && school) return "Both sides have confirmed the terms.";
  if (trust) return "The trust has confirmed; waiting for the school.";
  if (school) return "The school has confirmed; waiting for the trust.";
  return "Neither side has confirmed the terms yet.";
}

/** What a step recorded beyond its reason (the details), as a line of text; null if nothing. */
export function eventDetails(details: unknown): string | null {
  if (typeof details !== "object" || details === null) return null;
  const d = details as {
    terms?: { startDate?: unknown; endDate?: unknown };
    endDate?: unknown;
    outcome?: unknown;
    body?: unknown;
    nextReviewDate?: unknown;
    fileName?: unknown;
  };
  const lines: string[] = [];
  // A note's own words: the history is the partnership's whole record.
  if (typeof d.body === "string") lines.push(d.body);
  if (typeof d.fileName === "string") lines.push(d.fileName);
  if (typeof d.terms?.startDate === "string" && typeof d.terms.endDate === "string") {
    lines.push(`Terms for ${dateRange(d.terms.startDate, d.terms.endDate)}`);
  }
  if (typeof d.endDate === "string") lines.push(`New end date ${formatDay(d.endDate)}`);
  if (typeof d.nextReviewDate === "string")
    lines.push(`Next review ${formatDay(d.nextReviewDate)}`);
  if (typeof d.outcome === "string" && partnershipOutcomes.has(d.outcome)) {
    lines.push(`Outcome: ${partnershipOutcomes.label(d.outcome)}`);
  }
  if (lines.length === 0) return null;
  // Sentences joined by full stops, without doubling one a note's words already end with.
  return lines
    .map((line, i) => (i < lines.length - 1 && !/[.!?]$/.test(line) ? `${line}.` : line))
    .join(" ");
}

export const stateLabel = (state: PartnershipState): string => partnershipStates.label(state);
