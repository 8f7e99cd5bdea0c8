import {
  type PartnershipFocusArea,
  type PartnershipTerms,
  partnershipTermsSchema,
} from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors } from "@atlas/ui";
import type { PartnershipTermsView } from "./operations.ts";

// The "Propose changes to terms" form: every field of the terms as text the person edits, checked
// with the domain's partnershipTermsSchema before anything is sent (the API checks the same
// schema again). Fields carry a `terms-` id so they never clash with the page's other forms
// (the extend form has an end date too); issues from either check land on them by the last part
// of their path that names a field: zod's `[endDate]` and the API's `[input, terms, endDate]`.

export interface TermsForm {
  startDate: string;
  endDate: string;
  focusAreas: PartnershipFocusArea[];
  objectives: string;
  serviceChargePounds: string;
  extensionAllowed: "yes" | "no" | "";
  maxTermMonths: string;
  servicesProvided: string;
  dataProtection: string;
  /** Optional: a message to the school with the proposal, kept in the history. */
  reason: string;
}

/** The form's fields in the order they are shown: the error summary follows it. */
export const termsFields = [
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
] as const satisfies readonly (keyof TermsForm)[];

export type TermsField = (typeof termsFields)[number];

/** The element id of a field (a group's first control), what the error summary links to. */
export const termsFieldId = (field: TermsField): string => `terms-${field}`;

export const termsFieldIds: readonly string[] = termsFields.map(termsFieldId);

/** The form filled with the terms as they stand. */
export function termsFormFrom(terms: PartnershipTermsView): TermsForm {
  return {
    startDate: terms.startDate,
    endDate: terms.endDate,
    focusAreas: [...terms.focusAreas],
    objectives: terms.objectives,
    serviceChargePounds: String(terms.serviceChargePounds),
    extensionAllowed: terms.extensionAllowed ? "yes" : "no",
    maxTermMonths: String(terms.maxTermMonths),
    servicesProvided: terms.servicesProvided,
    dataProtection: terms.dataProtection,
    reason: "",
  };
}

/** A number as typed ("2,500", "£2500.50"), or the text itself so the schema says what is wrong. */
function numberOrText(text: string): number | string | undefined {
  const cleaned = text.replace(/[£,\s]/g, "");
  if (cleaned === "") return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : text;
}

export type TermsCheck =
  | { ok: true; terms: PartnershipTerms; reason: string | undefined }
  | { ok: false; errors: FormErrors<string> };

/** Issues (zod's or the API's) placed on the form's fields, in the form's order. */
export function termsErrorsFromIssues(issues: readonly FieldIssueLike[]): FormErrors<string> {
  const placed = issues.map((issue) => {
    const path = [...issue.path];
    for (let i = path.length - 1; i >= 0; i--) {
      const part = path[i];
      if (typeof part === "string" && (termsFields as readonly string[]).includes(part)) {
        return { path: [termsFieldId(part as TermsField)], message: issue.message };
      }
    }
    return issue;
  });
  return errorsFromIssues(termsFieldIds, placed);
}

/** The form checked with partnershipTermsSchema: the terms to send, or the errors to show. */
export function checkTermsForm(form: TermsForm): TermsCheck {
  const parsed = partnershipTermsSchema.safeParse({
    startDate: form.startDate.trim(),
    endDate: form.endDate.trim(),
    focusAreas: form.focusAreas,
    objectives: form.objectives,
    serviceChargePounds: numberOrText(form.serviceChargePounds),
    extensionAllowed: form.extensionAllowed === "" ? undefined : form.extensionAllowed === "yes",
    maxTermMonths: numberOrText(form.maxTermMonths),
    servicesProvided: form.servicesProvided,
    dataProtection: form.dataProtection,
  });
  if (!parsed.success) return { ok: false, errors: termsErrorsFromIssues(parsed.error.issues) };
  const reason = form.reason.trim();
  return { ok: true, terms: parsed.data, reason: reason === "" ? undefined : reason };
}
