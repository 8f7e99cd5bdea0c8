import { type PartnershipTerms, partnershipTermsSchema } from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors } from "@atlas/ui";
import type { TermsPartnership } from "./PartnershipTerms.tsx";
import { poundsOf } from "./request-form.ts";

// The school's "Propose changes to the terms" form, shown filled with the terms as they stand.
// It keeps what was typed as text, so a failed attempt shows it back exactly; only a form the
// domain's partnershipTermsSchema accepts becomes terms to send (the API checks them again,
// with the rules that need today's date). Ids carry `propose-`, apart from the page's other
// forms (extending has an end date too); names stay the fields' own.

/** Every field, in page order (the error summary lists errors in this order). */
export const TERMS_FIELDS = [
  "startDate",
  "endDate",
  "focusAreas",
  "objectives",
  "servicesProvided",
  "serviceChargePounds",
  "extensionAllowed",
  "maxTermMonths",
  "dataProtection",
  "reason",
] as const;
export type TermsField = (typeof TERMS_FIELDS)[number];

/** The element id of a field (a group's first control), what the error summary links to. */
export const termsFieldId = (field: TermsField) => `propose-${field}`;

/** The form as posted: text throughout, the focus areas as the boxes ticked. */
export interface TermsValues {
  startDate: string;
  endDate: string;
  focusAreas: string[];
  objectives: string;
  servicesProvided: string;
  serviceChargePounds: string;
  /** "yes", "no", or "" when neither is chosen. */
  extensionAllowed: string;
  maxTermMonths: string;
  dataProtection: string;
  /** Optional: a word to the trust with the proposal, kept in the history. */
  reason: string;
}

export interface TermsPost {
  expectedVersion: number;
  values: TermsValues;
}

/** The form filled with the terms as they stand. */
export function termsValuesFrom(terms: TermsPartnership["terms"]): TermsValues {
  return {
    startDate: terms.startDate,
    endDate: terms.endDate,
    focusAreas: [...terms.focusAreas],
    objectives: terms.objectives,
    servicesProvided: terms.servicesProvided,
    serviceChargePounds: String(terms.serviceChargePounds),
    extensionAllowed: terms.extensionAllowed ? "yes" : "no",
    maxTermMonths: String(terms.maxTermMonths),
    dataProtection: terms.dataProtection,
    reason: "",
  };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The post, or null for one this form does not send (no step, or no version). */
export function readTermsPost(form: FormData): TermsPost | null {
  const version = Number(text(form, "expectedVersion"));
  if (text(form, "action") !== "PROPOSE_TERMS" || !Number.isInteger(version) || version < 1)
    return null;
  return {
    expectedVersion: version,
    values: {
      startDate: text(form, "startDate").trim(),
      endDate: text(form, "endDate").trim(),
      focusAreas: form.getAll("focusAreas").filter((v): v is string => typeof v === "string"),
      objectives: text(form, "objectives"),
      servicesProvided: text(form, "servicesProvided"),
      serviceChargePounds: text(form, "serviceChargePounds").trim(),
      extensionAllowed: text(form, "extensionAllowed"),
      maxTermMonths: text(form, "maxTermMonths").trim(),
      dataProtection: text(form, "dataProtection"),
      reason: text(form, "reason"),
    },
  };
}

/** Issues (zod's `[endDate]`, the API's `[input, terms, endDate]`) placed on the form's fields. */
export function termsErrors(issues: readonly FieldIssueLike[]): FormErrors<string> {
  const placed = issues.map((issue) => {
    const field = [...issue.path]
      .reverse()
      .find((part): part is TermsField => (TERMS_FIELDS as readonly PropertyKey[]).includes(part));
    return field === undefined ? issue : { path: [termsFieldId(field)], message: issue.message };
  });
  return errorsFromIssues(TERMS_FIELDS.map(termsFieldId), placed);
}

/** Whole months as typed; anything else stays NaN, which the schema refuses in its words. */
function monthsOf(typed: string): number | undefined {
  if (typed === "") return undefined;
  return /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
}

export type CheckedTerms =
  | { ok: true; terms: PartnershipTerms; reason: string | null }
  | { ok: false; errors: FormErrors<string> };

/** The form checked with partnershipTermsSchema: the terms to send, or the errors to show. */
export function checkTerms(values: TermsValues): CheckedTerms {
  const parsed = partnershipTermsSchema.safeParse({
    startDate: values.startDate,
    endDate: values.endDate,
    focusAreas: values.focusAreas.filter((f) => f !== ""),
    objectives: values.objectives,
    servicesProvided: values.servicesProvided,
    serviceChargePounds: poundsOf(values.serviceChargePounds),
    extensionAllowed:
      values.extensionAllowed === "yes"
        ? true
        : values.extensionAllowed === "no"
          ? false
          : undefined,
    maxTermMonths: monthsOf(values.maxTermMonths),
    dataProtection: values.dataProtection,
  });
  if (!parsed.success) return { ok: false, errors: termsErrors(parsed.error.issues) };
  const reason = values.reason.trim();
  return { ok: true, terms: parsed.data, reason: reason === "" ? null : reason };
}
