import { MAX_PARTNERSHIP_MONTHS, type PartnershipTerms } from "../schemas/partnership.ts";
import {
  type PartnershipAction,
  type PartnershipOutcome,
  type PartnershipParty,
  type PartnershipState,
  partnershipActions,
  partnershipParties,
  partnershipStates,
} from "../vocabularies/partnerships.ts";
import { addMonths, compareDates, isIsoDate, longDate } from "./calendar-dates.ts";

/** Who takes a step: one of the two sides, or the system for steps that happen on a date. */
export type PartnershipActor = PartnershipParty | "SYSTEM";

export interface PartnershipSnapshot {
  state: PartnershipState;
  /** The terms as they stand (the request's proposals at first). */
  terms: PartnershipTerms;
  /** Who has confirmed the current terms. */
  confirmedBy: PartnershipParty[];
  /** The current end date: terms.endDate, moved by extensions. */
  endDate: string;
  outcome: PartnershipOutcome | null;
}

/**
 * A step asked for. Terms come already parsed by `partnershipTermsSchema`; reasons are checked
 * here, because whether one is needed depends on the step.
 */
export type PartnershipCommand =
  | { action: "OPEN_DISCUSSION"; reason?: string }
  | { action: "PROPOSE_TERMS"; terms: PartnershipTerms; reason?: string }
  | { action: "CONFIRM_TERMS" }
  | { action: "DECLINE"; reason: string }
  | { action: "WITHDRAW"; reason: string }
  | { action: "START" }
  | { action: "EXTEND"; endDate: string; reason: string }
  | { action: "CONCLUDE"; outcome: PartnershipOutcome; reason: string };

export type PartnershipRefusal = {
  code:
    | "NOT_IN_THIS_STATE"
    | "NOT_YOUR_STEP"
    | "MISSING_REASON"
    | "TOO_EARLY"
    | "INVALID_DATE"
    | "EXTENSION_NOT_ALLOWED";
  message: string;
  path?: string[];
};

export type PartnershipResult =
  | { ok: true; next: PartnershipSnapshot }
  | { ok: false; refusal: PartnershipRefusal };

export interface PartnershipTransition {
  readonly action: PartnershipAction;
  readonly from: readonly PartnershipState[];
  /** Where the step leads; "SAME" for a step that changes the partnership but not its state. */
  readonly to: PartnershipState | "SAME";
  readonly by: readonly PartnershipActor[];
  /** What else the step needs, in words, for the documentation. */
  readonly requires: readonly string[];
}

/**
 * Every step a partnership can take. `applyPartnershipCommand` and
 * `availablePartnershipActions` read state and actor from here, so the documentation drawn
 * from this table cannot disagree with what the rule does. DECLINED, WITHDRAWN and CONCLUDED
 * appear in no `from`: they are final.
 */
export const partnershipTransitions: readonly PartnershipTransition[] = [
  {
    action: "OPEN_DISCUSSION",
    from: ["REQUESTED"],
    to: "IN_DISCUSSION",
    by: ["TRUST"],
    requires: [],
  },
  {
    action: "PROPOSE_TERMS",
    from: ["REQUESTED", "IN_DISCUSSION"],
    to: "IN_DISCUSSION",
    by: ["SCHOOL", "TRUST"],
    requires: [
      "new terms, starting today or later",
      "earlier confirmations are cleared; the side proposing counts as confirming",
    ],
  },
  {
    action: "CONFIRM_TERMS",
    from: ["IN_DISCUSSION"],
    to: "AGREED",
    by: ["SCHOOL", "TRUST"],
    requires: [
      "each side confirms once; the partnership stays in discussion until both have confirmed",
    ],
  },
  {
    action: "DECLINE",
    from: ["REQUESTED", "IN_DISCUSSION"],
    to: "DECLINED",
    by: ["TRUST"],
    requires: ["a reason"],
  },
  {
    action: "WITHDRAW",
    from: ["REQUESTED", "IN_DISCUSSION", "AGREED"],
    to: "WITHDRAWN",
    by: ["SCHOOL"],
    requires: ["a reason"],
  },
  {
    action: "START",
    from: ["AGREED"],
    to: "ACTIVE",
    by: ["SYSTEM", "SCHOOL", "TRUST"],
    requires: ["the start date has come"],
  },
  {
    action: "EXTEND",
    from: ["ACTIVE"],
    to: "SAME",
    by: ["TRUST", "SCHOOL"],
    requires: [
      "the terms allow an extension",
      "a reason",
      `a new end date after the current one, within the maximum term and at most ${MAX_PARTNERSHIP_MONTHS} months after the start`,
    ],
  },
  {
    action: "CONCLUDE",
    from: ["ACTIVE"],
    to: "CONCLUDED",
    by: ["SCHOOL", "TRUST"],
    requires: ["an outcome", "a reason"],
  },
];

const transitionOf = (action: PartnershipAction): PartnershipTransition => {
  const transition = partnershipTransitions.find((t) => t.action === action);
  if (!transition) throw new Error(`No transition for ${action}`);
  return transition;
};

/** How each step reads after "cannot be", for refusals by state. */
const asDone: Record<PartnershipAction, string> = {
  OPEN_DISCUSSION: "opened for discussion",
  PROPOSE_TERMS: "given new terms",
  CONFIRM_TERMS: "confirmed",
  DECLINE: "declined",
  WITHDRAW: "withdrawn",
  START: "started",
  EXTEND: "extended",
  CONCLUDE: "concluded",
};

/** How each step reads after "Only the trust can", for refusals by actor. */
const asDoing: Record<PartnershipAction, string> = {
  OPEN_DISCUSSION: "open a request for discussion",
  PROPOSE_TERMS: "propose terms",
  CONFIRM_TERMS: "confirm the terms",
  DECLINE: "decline a request",
  WITHDRAW: "withdraw from a partnership",
  START: "start a partnership",
  EXTEND: "extend a partnership",
  CONCLUDE: "conclude a partnership",
};

const missingReason: Partial<Record<PartnershipAction, string>> = {
  DECLINE: "Say why the request is declined; the school will see the reason.",
  WITHDRAW: "Say why the school is withdrawing; the trust will see the reason.",
  EXTEND: "Say why the partnership is being extended.",
  CONCLUDE: "Say why the partnership is concluding.",
};

const refuse = (
  code: PartnershipRefusal["code"],
  message: string,
  path?: string[],
): PartnershipResult => ({
  ok: false,
  refusal: path === undefined ? { code, message } : { code, message, path },
});

const listInWords = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;

function notInThisState(state: PartnershipState, action: PartnershipAction): PartnershipResult {
  const possible = partnershipTransitions
    .filter((t) => t.from.includes(state))
    .map((t) => partnershipActions.label(t.action).toLowerCase());
  const next =
    possible.length === 0
      ? "It has ended, so nothing more can be done with it."
      : `What can be done now: ${listInWords(possible)}.`;
  return refuse(
    "NOT_IN_THIS_STATE",
    `A partnership that is ${partnershipStates.label(state).toLowerCase()} cannot be ${asDone[action]}. ${next}`,
  );
}

function notYourStep(transition: PartnershipTransition): PartnershipResult {
  // The system's steps are automatic, so people are told only which side may act.
  const who = transition.by
    .filter((a): a is PartnershipParty => a !== "SYSTEM")
    .map((p) => partnershipParties.label(p).toLowerCase());
  return refuse("NOT_YOUR_STEP", `Only ${listInWords(who)} can ${asDoing[transition.action]}.`);
}

const isBlank = (reason: string | undefined) => reason === undefined || reason.trim() === "";

/** The latest end date the terms allow, extensions included. */
const latestEndDate = (terms: PartnershipTerms) =>
  addMonths(terms.startDate, Math.min(terms.maxTermMonths, MAX_PARTNERSHIP_MONTHS));

function extensionDateProblem(current: PartnershipSnapshot, endDate: string): string | null {
  const { terms } = current;
  if (!isIsoDate(endDate)) return "Enter the new end date as a real date, YYYY-MM-DD.";
  if (compareDates(endDate, current.endDate) <= 0)
    return `The new end date must be after the current one, ${longDate(current.endDate)}.`;
  const limit = addMonths(terms.startDate, MAX_PARTNERSHIP_MONTHS);
  if (compareDates(endDate, limit) > 0)
    return `The end date must be at most ${MAX_PARTNERSHIP_MONTHS} months after the start: by ${longDate(limit)}.`;
  const agreed = latestEndDate(terms);
  if (compareDates(endDate, agreed) > 0)
    return `The end date must be within the agreed maximum term of ${terms.maxTermMonths} months: by ${longDate(agreed)}.`;
  return null;
}

/** Both sides, in the vocabulary's order, so snapshots compare equal however they were built. */
const withParty = (confirmed: readonly PartnershipParty[], party: PartnershipParty) =>
  partnershipParties.keys.filter((p) => p === party || confirmed.includes(p));

/**
 * Applies one step to a partnership, or says in plain words why it cannot be taken. Checks the
 * state first, then who is acting, then what the step carries, so that a refusal names the
 * most basic problem. `today` is the ISO date the step is taken on; passed in so that the rule
 * stays pure.
 */
export function applyPartnershipCommand(
  current: PartnershipSnapshot,
  command: PartnershipCommand,
  actor: PartnershipActor,
  today: string,
): PartnershipResult {
  const transition = transitionOf(command.action);
  if (!transition.from.includes(current.state))
    return notInThisState(current.state, command.action);
  if (!transition.by.includes(actor)) return notYourStep(transition);

  const moved = (changes: Partial<PartnershipSnapshot>): PartnershipResult => ({
    ok: true,
    next: {
      ...current,
      state: transition.to === "SAME" ? current.state : transition.to,
      ...changes,
    },
  });

  switch (command.action) {
    case "OPEN_DISCUSSION":
      return moved({});
    case "PROPOSE_TERMS": {
      if (compareDates(command.terms.startDate, today) < 0)
        return refuse("INVALID_DATE", "The start date has passed: choose today or later.", [
          "terms",
          "startDate",
        ]);
      // Changed terms are new terms: whoever confirmed the old ones has not confirmed these.
      const confirmedBy = actor === "SYSTEM" ? [] : [actor];
      return moved({ terms: command.terms, endDate: command.terms.endDate, confirmedBy });
    }
    case "CONFIRM_TERMS": {
      if (actor === "SYSTEM") return notYourStep(transition);
      if (current.confirmedBy.includes(actor))
        return refuse(
          "NOT_YOUR_STEP",
          "You have confirmed these terms already; the other side's confirmation is awaited.",
        );
      const confirmedBy = withParty(current.confirmedBy, actor);
      const agreed = partnershipParties.keys.every((p) => confirmedBy.includes(p));
      return moved({ confirmedBy, state: agreed ? "AGREED" : "IN_DISCUSSION" });
    }
    case "DECLINE":
    case "WITHDRAW":
      if (isBlank(command.reason))
        return refuse("MISSING_REASON", missingReason[command.action] ?? "", ["reason"]);
      return moved({});
    case "START":
      if (compareDates(today, current.terms.startDate) < 0)
        return refuse(
          "TOO_EARLY",
          `It starts on ${longDate(current.terms.startDate)}: start it on that day or later.`,
        );
      return moved({});
    case "EXTEND": {
      if (!current.terms.extensionAllowed)
        return refuse(
          "EXTENSION_NOT_ALLOWED",
          "The agreed terms do not allow an extension: conclude the partnership when it ends.",
        );
      if (isBlank(command.reason))
        return refuse("MISSING_REASON", missingReason.EXTEND ?? "", ["reason"]);
      const problem = extensionDateProblem(current, command.endDate);
      if (problem !== null) return refuse("INVALID_DATE", problem, ["endDate"]);
      return moved({ endDate: command.endDate });
    }
    case "CONCLUDE":
      if (isBlank(command.reason))
        return refuse("MISSING_REASON", missingReason.CONCLUDE ?? "", ["reason"]);
      return moved({ outcome: command.outcome });
  }
}

/**
 * The steps `actor` could take now, for showing buttons. A step is offered when the state, the
 * actor and what is already known allow it (the start date has come, the terms allow an
 * extension and leave room for one, the actor has not confirmed yet); what the actor will
 * still supply, such as a reason or a date, is checked when the step is taken.
 */
export function availablePartnershipActions(
  current: PartnershipSnapshot,
  actor: PartnershipActor,
  today: string,
): PartnershipAction[] {
  return partnershipTransitions
    .filter((t) => t.from.includes(current.state) && t.by.includes(actor))
    .filter((t) => {
      switch (t.action) {
        case "CONFIRM_TERMS":
          return actor !== "SYSTEM" && !current.confirmedBy.includes(actor);
        case "START":
          return compareDates(today, current.terms.startDate) >= 0;
        case "EXTEND":
          return (
            current.terms.extensionAllowed &&
            compareDates(current.endDate, latestEndDate(current.terms)) < 0
          );
        default:
          return true;
      }
    })
    .map((t) => t.action);
}
