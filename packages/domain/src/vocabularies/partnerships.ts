import { vocabulary } from "./vocabulary.ts";

/**
 * Where a Trust Partnership stands: a time-limited trial membership of a school in a trust,
 * from the school's request to its end. DECLINED, WITHDRAWN and CONCLUDED are final.
 */
export const partnershipStates = vocabulary([
  {
    key: "REQUESTED",
    label: "Requested",
    description: "The school has asked the trust for a partnership; the trust has not replied.",
  },
  {
    key: "IN_DISCUSSION",
    label: "In discussion",
    description: "The school and the trust are agreeing the terms.",
  },
  {
    key: "AGREED",
    label: "Agreed",
    description: "Both sides have confirmed the terms; the partnership waits for its start date.",
  },
  {
    key: "ACTIVE",
    label: "Active",
    description: "The partnership has started and runs until its end date.",
  },
  {
    key: "CONCLUDED",
    label: "Concluded",
    description: "The partnership has ended and its outcome is recorded.",
  },
  {
    key: "DECLINED",
    label: "Declined",
    description: "The trust turned the request down.",
  },
  {
    key: "WITHDRAWN",
    label: "Withdrawn",
    description: "The school withdrew before the partnership started.",
  },
]);
export type PartnershipState = (typeof partnershipStates.keys)[number];

/**
 * The states a partnership is still going in. A school and a trust may have only one of these
 * at a time, so a second request waits until the first one is settled.
 */
export const OPEN_PARTNERSHIP_STATES: readonly PartnershipState[] = [
  "REQUESTED",
  "IN_DISCUSSION",
  "AGREED",
  "ACTIVE",
];

export function isOpenPartnershipState(state: PartnershipState): boolean {
  return OPEN_PARTNERSHIP_STATES.includes(state);
}

/** What the school hopes the partnership leads to: a partnership is a step towards joining. */
export const partnershipIntents = vocabulary([
  {
    key: "EXPLORE_JOINING",
    label: "Explore joining the trust",
    description: "The school wants to find out whether the trust is right for it before deciding.",
  },
  {
    key: "CONVERT_AND_JOIN",
    label: "Convert to an academy and join",
    description: "A maintained school means to convert to an academy and join the trust.",
  },
  {
    key: "MERGE",
    label: "Merge with the trust",
    description: "An academy, or its own trust, means to merge into the trust.",
  },
]);
export type PartnershipIntent = (typeof partnershipIntents.keys)[number];

/** What the partnership works on: teaching and learning, and what supports them. */
export const partnershipFocusAreas = vocabulary([
  {
    key: "CURRICULUM",
    label: "Curriculum",
    description: "Planning and sequencing what is taught, subject by subject.",
  },
  {
    key: "ASSESSMENT",
    label: "Assessment",
    description: "Checking what pupils have learned and using it to plan teaching.",
  },
  {
    key: "CPD",
    label: "Staff training (CPD)",
    description: "Training and professional development for teachers and support staff.",
  },
  {
    key: "LEADERSHIP_MENTORING",
    label: "Headteacher and leadership mentoring",
    description: "Experienced leaders in the trust support the school's headteacher and leaders.",
  },
  {
    key: "SEND",
    label: "Special educational needs (SEND)",
    description: "Support for pupils with special educational needs and disabilities.",
  },
  {
    key: "BEHAVIOUR",
    label: "Behaviour",
    description: "Clear routines and expectations so that pupils can learn.",
  },
  {
    key: "ATTENDANCE",
    label: "Attendance",
    description: "Getting pupils into school every day, and back when they miss it.",
  },
  {
    key: "SAFEGUARDING",
    label: "Safeguarding",
    description: "Keeping pupils safe: policies, training and checking they are followed.",
  },
  {
    key: "EARLY_YEARS",
    label: "Early years",
    description: "Nursery and reception teaching, and the start of reading and number.",
  },
  {
    key: "GOVERNANCE",
    label: "Governance",
    description: "How the governing body works and holds leaders to account.",
  },
]);
export type PartnershipFocusArea = (typeof partnershipFocusAreas.keys)[number];

/** How a concluded partnership ended, recorded because a partnership aims at joining. */
export const partnershipOutcomes = vocabulary([
  {
    key: "JOINING_TRUST",
    label: "Joining the trust",
    description: "The school is going on to join the trust.",
  },
  {
    key: "MERGING",
    label: "Merging",
    description: "The school, or its trust, is going on to merge with the trust.",
  },
  {
    key: "ENDED_WITHOUT_JOINING",
    label: "Ended without joining",
    description: "The partnership ended and the school is not joining the trust.",
  },
]);
export type PartnershipOutcome = (typeof partnershipOutcomes.keys)[number];

/** The two sides of a partnership agreement. */
export const partnershipParties = vocabulary([
  { key: "SCHOOL", label: "The school", description: "The school that asked for the partnership." },
  { key: "TRUST", label: "The trust", description: "The trust the school would partner with." },
]);
export type PartnershipParty = (typeof partnershipParties.keys)[number];

/** The steps a partnership takes, labelled as a person would read them on a button. */
export const partnershipActions = vocabulary([
  {
    key: "OPEN_DISCUSSION",
    label: "Open discussion",
    description: "The trust takes up the request and starts talking about terms.",
  },
  {
    key: "PROPOSE_TERMS",
    label: "Propose changes to terms",
    description: "Either side puts forward new terms; the other side must then confirm them.",
  },
  {
    key: "CONFIRM_TERMS",
    label: "Confirm the agreement",
    description: "Accept the terms as they stand; once both sides have, the partnership is agreed.",
  },
  {
    key: "DECLINE",
    label: "Decline",
    description: "The trust turns the request down, saying why.",
  },
  {
    key: "WITHDRAW",
    label: "Withdraw",
    description: "The school withdraws before the partnership starts, saying why.",
  },
  {
    key: "START",
    label: "Start the partnership",
    description: "The agreed partnership begins, on or after its start date.",
  },
  {
    key: "EXTEND",
    label: "Extend",
    description: "Move the end date later, where the agreement allows it.",
  },
  {
    key: "CONCLUDE",
    label: "Conclude",
    description: "End the partnership and record what comes of it.",
  },
]);
export type PartnershipAction = (typeof partnershipActions.keys)[number];
