import {
  type PartnershipRequestInput,
  partnershipFocusAreas,
  partnershipIntents,
  partnershipRequestSchema,
  requestDateProblems,
} from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors } from "@atlas/ui";
import { DOCUMENTS_FIELD } from "./documents.ts";

// The partnership request form and the domain's request, one way: the form keeps what was
// typed as text, so a failed attempt shows it back exactly; only a valid form becomes a request.

/** Every field, in page order (the error summary lists errors in this order). */
export const REQUEST_FIELDS = [
  "intent",
  "focusAreas",
  "objectives",
  "proposedStartDate",
  "proposedEndDate",
  "expectedServiceChargePounds",
  "governingBodyResolutionDate",
  // The file field: its files are checked apart (documents.ts) and never shown back.
  DOCUMENTS_FIELD,
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];
export type RequestFormErrors = FormErrors<RequestField>;

/** The form as posted: text throughout, the focus areas as the boxes ticked. */
export interface RequestFormValues {
  idempotencyKey: string;
  intent: string;
  focusAreas: string[];
  objectives: string;
  proposedStartDate: string;
  proposedEndDate: string;
  expectedServiceChargePounds: string;
  governingBodyResolutionDate: string;
}

export const emptyRequestForm = (idempotencyKey: string): RequestFormValues => ({
  idempotencyKey,
  intent: "",
  focusAreas: [],
  objectives: "",
  proposedStartDate: "",
  proposedEndDate: "",
  expectedServiceChargePounds: "",
  governingBodyResolutionDate: "",
});

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export function readRequestForm(form: FormData): RequestFormValues {
  return {
    idempotencyKey: text(form, "idempotencyKey"),
    intent: text(form, "intent"),
    focusAreas: form.getAll("focusAreas").filter((v): v is string => typeof v === "string"),
    objectives: text(form, "objectives"),
    proposedStartDate: text(form, "proposedStartDate").trim(),
    proposedEndDate: text(form, "proposedEndDate").trim(),
    expectedServiceChargePounds: text(form, "expectedServiceChargePounds").trim(),
    governingBodyResolutionDate: text(form, "governingBodyResolutionDate").trim(),
  };
}

/**
 * Pounds as people write them ("2,500", "£2500.50"); blank is no figure. Anything else stays
 * NaN, which the schema refuses with its own message.
 */
export function poundsOf(typed: string): number | undefined {
  const bare = typed.replace(/^£/, "").replaceAll(",", "").trim();
  if (bare === "") return undefined;
  return /^\d+(\.\d+)?$/.test(bare) ? Number(bare) : Number.NaN;
}

/** A blank optional field is not sent, as the schema expects of a missing one. */
const optional = (typed: string) => (typed === "" ? undefined : typed);

export function requestErrorsFromIssues(issues: readonly FieldIssueLike[]): RequestFormErrors {
  return errorsFromIssues(REQUEST_FIELDS, issues);
}

/** Answers of the right kind, standing in for the person's while only the dates are checked. */
const STAND_INS = {
  trustId: "stand-in",
  urn: 100000,
  idempotencyKey: "00000000-0000-4000-8000-000000000000",
  intent: partnershipIntents.keys[0],
  focusAreas: [partnershipFocusAreas.keys[0]],
  objectives: "stand-in",
  expectedServiceChargePounds: undefined,
};

export type CheckedRequest =
  | { ok: true; request: PartnershipRequestInput }
  | { ok: false; errors: RequestFormErrors };

/**
 * The form checked as the API will check it: the domain's schema, then the rules that need
 * today's date, with what was found wrong with the documents (`documentsProblem`). Every
 * problem is reported together, so one attempt shows them all.
 */
export function requestFromForm(
  values: RequestFormValues,
  {
    trustId,
    urn,
    today,
    documentsProblem = null,
  }: { trustId: string; urn: number; today: string; documentsProblem?: string | null },
): CheckedRequest {
  const candidate = {
    trustId,
    urn,
    idempotencyKey: values.idempotencyKey,
    intent: values.intent === "" ? undefined : values.intent,
    focusAreas: values.focusAreas,
    objectives: values.objectives,
    proposedStartDate: values.proposedStartDate === "" ? undefined : values.proposedStartDate,
    proposedEndDate: values.proposedEndDate === "" ? undefined : values.proposedEndDate,
    expectedServiceChargePounds: poundsOf(values.expectedServiceChargePounds),
    governingBodyResolutionDate: optional(values.governingBodyResolutionDate),
  };
  // Skip keys left undefined: the schema is strict about what is there, not what is missing.
  const given = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
  const parsed = partnershipRequestSchema.safeParse(given);
  const schemaIssues = parsed.success ? [] : parsed.error.issues;
  // The schema compares the dates only once every answer is of the right kind, so a missing
  // intent would hide a too-long partnership until the next attempt. Asked again with those
  // answers filled in, it says what it thinks of the dates alone.
  const endIssues = parsed.success
    ? []
    : (partnershipRequestSchema.safeParse({ ...given, ...STAND_INS }).error?.issues ?? []).filter(
        (i) =>
          i.path[0] === "proposedEndDate" &&
          !schemaIssues.some((s) => s.path[0] === "proposedEndDate"),
      );
  const dated = requestDateProblems(
    {
      proposedStartDate: values.proposedStartDate,
      governingBodyResolutionDate: optional(values.governingBodyResolutionDate) ?? null,
    },
    today,
  );
  const documents =
    documentsProblem === null ? [] : [{ path: [DOCUMENTS_FIELD], message: documentsProblem }];
  const issues: FieldIssueLike[] = [...schemaIssues, ...endIssues, ...dated, ...documents];
  if (issues.length > 0 || !parsed.success)
    return { ok: false, errors: requestErrorsFromIssues(issues) };
  return { ok: true, request: parsed.data };
}
