import { signUpInputSchema } from "@atlas/domain";
import {
  errorsFromIssues,
  type FieldIssueLike,
  type FormErrors,
  formErrors,
  waitText,
} from "@atlas/ui";

// The sign-up form: checked with the domain's rules before the API is asked, and the API's
// refusals (the address is taken, too many attempts, its own checks) placed on the fields.

/** The form's fields, in page order (the error summary lists errors in this order). */
export const SIGN_UP_FIELDS = ["name", "email", "password"] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];
export type SignUpErrors = FormErrors<SignUpField>;

/** What was typed, less the password, which is never sent back. */
export interface SignUpValues {
  name: string;
  email: string;
}

const EMPTY: Record<SignUpField, string> = {
  name: "Enter your name.",
  email: "Enter your email address.",
  password: "Choose a password.",
};

export function signUpErrorsFromIssues(issues: readonly FieldIssueLike[]): SignUpErrors {
  return errorsFromIssues(SIGN_UP_FIELDS, issues);
}

/** The signUp mutation's typed refusals, by the field they are about. */
export type SignUpFailure =
  | { __typename: "ValidationError"; message: string; issues: readonly FieldIssueLike[] }
  | { __typename: "EmailTakenError"; message: string }
  | { __typename: "TooManyAttemptsError"; message: string; retryAfterSeconds: number };

export function signUpFailureErrors(failure: SignUpFailure): SignUpErrors {
  switch (failure.__typename) {
    case "ValidationError":
      return signUpErrorsFromIssues(failure.issues);
    case "EmailTakenError":
      return formErrors(SIGN_UP_FIELDS, {
        email: "There is already an account with this email address: sign in instead.",
      });
    case "TooManyAttemptsError":
      return formErrors(SIGN_UP_FIELDS, {
        email: `There have been too many attempts with this address. Wait ${waitText(failure.retryAfterSeconds)}, then try again.`,
      });
  }
}

/**
 * Checks the form with the same domain schema the API applies, so simple mistakes get their
 * message without a round trip. Empty fields get GOV.UK-style "Enter…" text.
 */
export function validateSignUp(
  values: SignUpValues & { password: string },
):
  | { ok: true; input: { name: string; email: string; password: string } }
  | { ok: false; errors: SignUpErrors } {
  const empty: Partial<Record<SignUpField, string>> = {};
  for (const field of SIGN_UP_FIELDS) if (values[field].trim() === "") empty[field] = EMPTY[field];
  const parsed = signUpInputSchema.safeParse(values);
  const fromSchema = parsed.success ? {} : signUpErrorsFromIssues(parsed.error.issues).fields;
  if (parsed.success && Object.keys(empty).length === 0) return { ok: true, input: parsed.data };
  return { ok: false, errors: formErrors(SIGN_UP_FIELDS, { ...fromSchema, ...empty }) };
}
