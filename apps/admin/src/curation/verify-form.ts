import { trustVerificationSchema } from "@atlas/domain";
import { errorsFromIssues, type FieldIssueLike, type FormErrors } from "@atlas/ui";

// The verify form's fields, checked with the domain's schema before anything is sent (the API
// checks the same again), and the API's answer as what the form shows.

export const verifyFields = [
  "registerMatch",
  "contactConfirmed",
  "contactName",
  "checkedOn",
  "notes",
] as const;
export type VerifyField = (typeof verifyFields)[number];

export interface VerifyValues {
  registerMatch: boolean;
  contactConfirmed: boolean;
  contactName: string;
  checkedOn: string;
  notes: string;
}

export const blankVerify = (today: string): VerifyValues => ({
  registerMatch: false,
  contactConfirmed: false,
  contactName: "",
  checkedOn: today,
  notes: "",
});

export type VerifyCheck =
  | { ok: true; input: Omit<VerifyValues, "notes"> & { notes: string | null } }
  | { ok: false; errors: FormErrors<VerifyField> };

/** The form checked as the API will check it; `today` is London's date. */
export function checkVerify(values: VerifyValues, today: string): VerifyCheck {
  const parsed = trustVerificationSchema(today).safeParse({
    ...values,
    notes: values.notes.trim() === "" ? undefined : values.notes,
  });
  if (!parsed.success)
    return { ok: false, errors: errorsFromIssues(verifyFields, parsed.error.issues) };
  return { ok: true, input: { ...parsed.data, notes: parsed.data.notes ?? null } };
}

/** What verifyTrust answered, as the form's outcome. */
export type VerifyOutcome =
  | { __typename: "VerifyTrustPayload" }
  | { __typename: "ValidationError"; issues: readonly FieldIssueLike[] }
  | { __typename: "NotFoundError"; message: string };

export type VerifyAnswer =
  | { kind: "done" }
  | { kind: "issues"; errors: FormErrors<VerifyField> }
  | { kind: "error"; text: string };

const noConnection =
  "The verification could not be recorded. Check your connection and try again; nothing was saved.";

export function verifyAnswerOf(outcome: VerifyOutcome | null | undefined): VerifyAnswer {
  if (!outcome) return { kind: "error", text: noConnection };
  switch (outcome.__typename) {
    case "VerifyTrustPayload":
      return { kind: "done" };
    case "ValidationError":
      return { kind: "issues", errors: errorsFromIssues(verifyFields, outcome.issues) };
    case "NotFoundError":
      return { kind: "error", text: outcome.message };
  }
}
