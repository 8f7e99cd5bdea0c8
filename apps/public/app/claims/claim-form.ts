import { type ClaimableRole, type ClaimRequest, claimRequestSchema } from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors, formErrors } from "@atlas/ui";

// The claim form, one role at a time: a school by its URN, or a trust by its Group UID. It is
// checked with the domain's schema the API applies, and the API's refusals land on the field
// they are about (an unknown number on the number, a role held already on the organisation).

/** The field naming the organisation, by the role asked for. */
export const ORGANISATION_FIELD = { SCHOOL_MEMBER: "urn", TRUST_ADMIN: "groupUid" } as const;
type OrganisationField = (typeof ORGANISATION_FIELD)[ClaimableRole];
export type ClaimField = OrganisationField | "jobTitle" | "evidence";
export type ClaimFormErrors = FormErrors<ClaimField>;

/** The fields of the form for one role, in page order (as the error summary lists them). */
export function claimFields(role: ClaimableRole): readonly ClaimField[] {
  return [ORGANISATION_FIELD[role], "jobTitle", "evidence"];
}

/** The form as posted: text throughout, so a failed attempt shows it back as typed. */
export interface ClaimFormValues {
  role: ClaimableRole;
  organisation: string;
  jobTitle: string;
  evidence: string;
}

export const emptyClaimForm = (role: ClaimableRole): ClaimFormValues => ({
  role,
  organisation: "",
  jobTitle: "",
  evidence: "",
});

/** The role a link or a form names; a school unless it says a trust. */
export function roleOf(raw: unknown): ClaimableRole {
  return raw === "TRUST_ADMIN" ? "TRUST_ADMIN" : "SCHOOL_MEMBER";
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export function readClaimForm(form: FormData): ClaimFormValues {
  const role = roleOf(form.get("role"));
  return {
    role,
    organisation: text(form, ORGANISATION_FIELD[role]).trim(),
    jobTitle: text(form, "jobTitle"),
    evidence: text(form, "evidence"),
  };
}

/** A number as typed; blank is none, anything but digits is NaN (the schema says what to enter). */
function numberOf(typed: string): number | undefined {
  if (typed === "") return undefined;
  return /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
}

export function claimErrorsFromIssues(
  role: ClaimableRole,
  issues: readonly FieldIssueLike[],
): ClaimFormErrors {
  return errorsFromIssues(claimFields(role), issues);
}

/** A refusal about the organisation named (a role held already), said on its field. */
export function organisationError(role: ClaimableRole, message: string): ClaimFormErrors {
  return formErrors(claimFields(role), { [ORGANISATION_FIELD[role]]: message });
}

export function claimFromForm(
  values: ClaimFormValues,
): { ok: true; claim: ClaimRequest } | { ok: false; errors: ClaimFormErrors } {
  const parsed = claimRequestSchema.safeParse({
    role: values.role,
    [ORGANISATION_FIELD[values.role]]: numberOf(values.organisation),
    jobTitle: values.jobTitle,
    evidence: values.evidence,
  });
  if (parsed.success) return { ok: true, claim: parsed.data };
  return { ok: false, errors: claimErrorsFromIssues(values.role, parsed.error.issues) };
}
