import type { PartnershipFocusArea, PartnershipOutcome } from "@atlas/domain";

/** What a school hopes for from each focus area, as it would write it in its request. */
export const objectiveLines: Record<PartnershipFocusArea, string> = {
  CURRICULUM: "Sequence the curriculum subject by subject, starting with reading and mathematics.",
  ASSESSMENT: "Use assessment that tells teachers what pupils have learned and what to teach next.",
  CPD: "Give teachers and teaching assistants regular training alongside the trust's staff.",
  LEADERSHIP_MENTORING: "Give the headteacher and senior leaders an experienced mentor.",
  SEND: "Identify special educational needs earlier and plan support with families.",
  BEHAVIOUR: "Settle consistent routines so that lessons start promptly and run calmly.",
  ATTENDANCE: "Bring persistent absence down, working with families who find attendance hard.",
  SAFEGUARDING: "Review safeguarding practice and records against the trust's own.",
  EARLY_YEARS: "Strengthen phonics and early number in nursery and reception.",
  GOVERNANCE: "Help governors ask sharper questions and see how trust boards work.",
};

/** What the trust offers for each focus area, as the agreed terms set it out. */
export const serviceLines: Record<PartnershipFocusArea, string> = {
  CURRICULUM: "Access to the trust's curriculum plans and half-termly subject network meetings.",
  ASSESSMENT: "The trust's assessment calendar, moderation with its schools and data reviews.",
  CPD: "Places on the trust's training days and its early career teacher programme.",
  LEADERSHIP_MENTORING: "A serving trust headteacher as mentor, meeting every fortnight.",
  SEND: "Termly visits from the trust's SEND lead and places at its SENCo network.",
  BEHAVIOUR: "A behaviour review by the trust's lead and coaching for staff on routines.",
  ATTENDANCE: "The trust's attendance officer for one day a week and its first-day calling.",
  SAFEGUARDING: "An annual safeguarding audit and the trust's designated leads' network.",
  EARLY_YEARS: "Coaching from the trust's early years lead and its phonics programme.",
  GOVERNANCE: "A governance review and observer places at the trust's local committees.",
};

export const dataProtectionTexts: readonly string[] = [
  "Each side stays the controller of its own personal data. Pupil data is shared only under a data sharing agreement signed before the start, limited to what the focus areas need, and deleted at the end.",
  "The school remains the data controller for its pupils and staff. The trust acts as processor for assessment data under a written agreement, keeps it in the UK and returns or deletes it when the partnership ends.",
  "Only anonymised or aggregated pupil data leaves the school, except where safeguarding requires otherwise. Both data protection officers review the arrangement each term.",
];

export const openReasons: readonly string[] = [
  "Thank you for your request: we would like to meet and talk it through.",
  "We have capacity this year and the focus areas match our own work.",
  "Our director of education will visit next week to discuss the terms.",
];

export const proposeReasons: readonly string[] = [
  "Terms as discussed at our meeting, with the services set out in full.",
  "Start moved to the beginning of a term, so staff training can be planned.",
  "Service charge adjusted to cover the mentoring time.",
];

export const counterReasons: readonly string[] = [
  "Our governors asked for a lower service charge for the first term.",
  "We can fund most of this: could the charge come down a little?",
  "Terms accepted apart from the charge, which our budget cannot quite meet.",
];

export const declineReasons: readonly string[] = [
  "We have no capacity for a partnership this year; please ask again next autumn.",
  "The school is too far from our other schools for us to support it well.",
  "Our board has paused growth while we complete a merger.",
  "We do not yet have the special school expertise the school needs.",
];

export const withdrawReasons: readonly string[] = [
  "The governing body has decided to stay with the local authority for now.",
  "A new headteacher starts in September and wants time to settle first.",
  "We have chosen to work with a trust nearer the school.",
  "The costs are more than our budget can carry this year.",
];

export const extendReasons: readonly string[] = [
  "Both sides want another term to see the curriculum work through to assessment.",
  "The governing body's decision on joining is due next term.",
  "The mentoring is working and the headteacher asked for it to continue.",
];

export const concludeReasons: Record<PartnershipOutcome, readonly string[]> = {
  JOINING_TRUST: [
    "The governing body has resolved to join the trust; the application goes to the Department next.",
    "The trial showed the school and the trust work well together: the school is joining.",
  ],
  MERGING: [
    "The two boards have agreed to merge; due diligence starts next month.",
    "The academy trust is merging into the trust at the end of the school year.",
  ],
  ENDED_WITHOUT_JOINING: [
    "The term has ended; the governing body has decided not to join for now.",
    "A useful year, but the school will stay as it is; the subject networks stay open to it.",
  ],
};
