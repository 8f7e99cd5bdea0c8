import {
  isIsoDate,
  type PartnershipAction,
  type PartnershipOutcome,
  partnershipActions,
  partnershipOutcomes,
} from "@atlas/domain";
import type { FieldIssueLike } from "@atlas/ui";

// The small forms on a partnership's page, one per step the school may take, each posting the
// step, the version it was shown, and what the step needs.

/**
 * The steps the school's page offers here, in the order they come up. PROPOSE_TERMS carries
 * the whole terms, so it has a form of its own (ProposeTermsForm, propose-terms-form.ts).
 */
export const SCHOOL_STEPS = ["CONFIRM_TERMS", "START", "EXTEND", "CONCLUDE", "WITHDRAW"] as const;
export type SchoolStep = (typeof SCHOOL_STEPS)[number];

export const isSchoolStep = (action: string): action is SchoolStep =>
  (SCHOOL_STEPS as readonly string[]).includes(action);

/** The step as it reads in an address and an id: "confirm-terms". */
export const stepSlug = (action: PartnershipAction) => action.toLowerCase().replaceAll("_", "-");

/** A step's field's id, unique on the page: "withdraw-reason", "extend-endDate". */
export const stepFieldId = (action: PartnershipAction, field: StepField) =>
  `${stepSlug(action)}-${field}`;

export type StepField = "reason" | "endDate" | "outcome";

/** The fields each step's form has, in page order. */
export const STEP_FIELDS: Record<SchoolStep, readonly StepField[]> = {
  CONFIRM_TERMS: [],
  START: [],
  EXTEND: ["endDate", "reason"],
  CONCLUDE: ["outcome", "reason"],
  WITHDRAW: ["reason"],
};

export interface StepValues {
  reason: string;
  endDate: string;
  outcome: string;
}

export interface StepPost {
  action: SchoolStep;
  expectedVersion: number;
  values: StepValues;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The post, or null for one no form of the page sends (an edited or stale form). */
export function readStepPost(form: FormData): StepPost | null {
  const action = text(form, "action");
  const version = Number(text(form, "expectedVersion"));
  if (!isSchoolStep(action) || !Number.isInteger(version) || version < 1) return null;
  return {
    action,
    expectedVersion: version,
    values: {
      reason: text(form, "reason"),
      endDate: text(form, "endDate").trim(),
      outcome: text(form, "outcome"),
    },
  };
}

/** What a failed step shows: a message by each field, and the summary linking to them. */
export interface StepErrors {
  fields: Partial<Record<StepField, string>>;
  summary: { href: string; text: string }[];
}

/**
 * Issues placed on the step's fields; one that names no field of the form (a refusal of the
 * whole step, "it starts on 1 September") links to the step's form itself.
 */
export function stepErrors(action: SchoolStep, issues: readonly FieldIssueLike[]): StepErrors {
  const own = STEP_FIELDS[action];
  const fields: Partial<Record<StepField, string>> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = own.find((f) => issue.path.includes(f));
    if (field === undefined) general.push(issue.message);
    else fields[field] ??= issue.message;
  }
  return {
    fields,
    summary: [
      ...general.map((message) => ({ href: `#${stepSlug(action)}`, text: message })),
      ...own.flatMap((f) => {
        const message = fields[f];
        return message === undefined ? [] : [{ href: `#${stepFieldId(action, f)}`, text: message }];
      }),
    ],
  };
}

/**
 * What the page can say before asking the API: a chosen outcome, a real date. Whether a reason
 * is needed, and whether the date is late enough, are the partnership's rules: the API says.
 */
export function stepProblems(post: StepPost): FieldIssueLike[] {
  const { action, values } = post;
  if (action === "CONCLUDE" && !partnershipOutcomes.has(values.outcome))
    return [{ path: ["outcome"], message: "Choose how the partnership ended." }];
  if (action === "EXTEND" && !isIsoDate(values.endDate))
    return [{ path: ["endDate"], message: "Enter the new end date as a real date, YYYY-MM-DD." }];
  return [];
}

/** The API's input for the step: only what the step takes. */
export function stepInput(partnershipId: string, post: StepPost) {
  const { action, expectedVersion, values } = post;
  const reason = values.reason.trim();
  return {
    partnershipId,
    action,
    expectedVersion,
    reason: reason === "" ? null : reason,
    endDate: action === "EXTEND" ? values.endDate : null,
    outcome:
      action === "CONCLUDE" && partnershipOutcomes.has(values.outcome)
        ? (values.outcome as PartnershipOutcome)
        : null,
  };
}

/** The message after a step, carried across the redirect as `?done=`. */
export const DONE: Record<string, string> = {
  requested: "The request is sent to the trust.",
  "confirm-terms": "The school has confirmed the agreement.",
  start: "The partnership has started.",
  extend: "The partnership is extended.",
  conclude: "The partnership is concluded.",
  withdraw: "The school has withdrawn.",
  "propose-terms": "The school has proposed new terms. The trust is asked to confirm them.",
  // Notes, by noteSlug: they are not steps, but come back to the page the same way.
  message: "The message is sent.",
  activity: "The activity is recorded.",
  review: "The review is recorded.",
  // Documents attached on the page (documents-action.server.ts).
  document: "The document is attached.",
  documents: "The documents are attached.",
};

export const stepLabel = (action: SchoolStep) => partnershipActions.label(action);
