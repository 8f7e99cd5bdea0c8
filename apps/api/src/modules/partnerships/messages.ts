import {
  PARTNERSHIP_DOCUMENT_EVENT,
  type PartnershipOutcome,
  type PartnershipState,
  partnershipOutcomes,
  partnershipStates,
} from "@atlas/domain";

/** What a message about one step of a partnership needs to say. */
export interface PartnershipStep {
  /** REQUEST, DOCUMENT, a note's kind, or the domain's action. */
  action: string;
  toState: PartnershipState;
  schoolName: string;
  trustName: string;
  actorName: string | null;
  /** The side that took the step; SYSTEM for one taken by the date. */
  actorParty: "SCHOOL" | "TRUST" | "SYSTEM";
  reason: string | null;
  endDate: string;
  outcome: PartnershipOutcome | null;
}

const SUBJECT: Record<string, (s: PartnershipStep) => string> = {
  REQUEST: (s) => `${s.schoolName} asks for a trust partnership with ${s.trustName}`,
  OPEN_DISCUSSION: (s) => `${s.trustName} has opened discussion of your partnership request`,
  PROPOSE_TERMS: (s) =>
    `New terms proposed for the partnership of ${s.schoolName} and ${s.trustName}`,
  CONFIRM_TERMS: (s) =>
    s.toState === "AGREED"
      ? `The partnership of ${s.schoolName} and ${s.trustName} is agreed`
      : `The terms of the partnership of ${s.schoolName} and ${s.trustName} are confirmed by one side`,
  DECLINE: (s) => `${s.trustName} has declined the partnership request`,
  WITHDRAW: (s) => `${s.schoolName} has withdrawn its partnership request`,
  START: (s) => `The partnership of ${s.schoolName} and ${s.trustName} has started`,
  EXTEND: (s) => `The partnership of ${s.schoolName} and ${s.trustName} is extended`,
  CONCLUDE: (s) => `The partnership of ${s.schoolName} and ${s.trustName} has concluded`,
  MESSAGE: (s) => `A message about the partnership of ${s.schoolName} and ${s.trustName}`,
  ACTIVITY: (s) => `An activity recorded in the partnership of ${s.schoolName} and ${s.trustName}`,
  REVIEW: (s) => `A review of the partnership of ${s.schoolName} and ${s.trustName}`,
  [PARTNERSHIP_DOCUMENT_EVENT]: (s) =>
    `A document added to the partnership of ${s.schoolName} and ${s.trustName}`,
};

/** What `reason` holds, when it is not a reason for a step: a note's words, a file's name. */
const REASON_HEADING: Record<string, string> = {
  MESSAGE: "What they wrote:",
  ACTIVITY: "What they wrote:",
  REVIEW: "What they wrote:",
  [PARTNERSHIP_DOCUMENT_EVENT]: "The document:",
};

/**
 * The email for one step, to the other side's people: a subject that says what happened,
 * and a body with who did it, why, and what it means now. Plain text, so it reads the same
 * in every mail client and in the development outbox.
 */
export function partnershipMessage(
  step: PartnershipStep,
  link: string,
): {
  subject: string;
  body: string;
} {
  const subject = (
    SUBJECT[step.action] ?? ((s) => `The partnership of ${s.schoolName} and ${s.trustName} changed`)
  )(step);
  const who =
    step.actorParty === "SYSTEM"
      ? "Trust Atlas, on the agreed start date"
      : `${step.actorName ?? "Someone"} for ${step.actorParty === "SCHOOL" ? step.schoolName : step.trustName}`;
  const lines = [
    subject,
    "",
    `By: ${who}`,
    `The partnership is now: ${partnershipStates.label(step.toState).toLowerCase()}.`,
  ];
  if (step.action === "EXTEND" || step.toState === "ACTIVE")
    lines.push(`It ends on ${step.endDate}.`);
  if (step.outcome) lines.push(`Outcome: ${partnershipOutcomes.label(step.outcome)}.`);
  if (step.reason) lines.push("", REASON_HEADING[step.action] ?? "Their reason:", step.reason);
  lines.push("", `See the partnership and its history: ${link}`);
  return { subject, body: lines.join("\n") };
}
