import { signInInputSchema } from "@atlas/domain";
import {
  errorsFromFailure,
  errorsFromIssues,
  type FieldIssueLike,
  type MutationFailure,
  summaryOf,
} from "@atlas/ui";

// The sign-in form's own pieces. How errors are placed and worded (wrong credentials, a pause,
// the API's issues) is @atlas/ui's, shared with the admin app's sign-in.

/** The sign-in form's fields, in page order (the error summary lists errors in this order). */
export const SIGN_IN_FIELDS = ["email", "password"] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];

export type SignInErrors = Partial<Record<SignInField, string>>;

/** One message by each field from a list of issues (the API's ValidationError or zod's). */
export function fieldErrorsFrom(issues: readonly FieldIssueLike[]): SignInErrors {
  return errorsFromIssues(SIGN_IN_FIELDS, issues).fields;
}

/** The messages for the signIn mutation's typed errors. */
export function signInFailureErrors(failure: MutationFailure): SignInErrors {
  return errorsFromFailure(SIGN_IN_FIELDS, failure).fields;
}

/** The error summary's items, in the order the fields appear. */
export function errorSummaryItems(errors: SignInErrors): { href: string; text: string }[] {
  return summaryOf(SIGN_IN_FIELDS, errors);
}

/**
 * Checks the form before asking the API, with the same domain rules the API applies, so simple
 * mistakes get their message without a round trip. Empty fields get GOV.UK-style "Enter…" text.
 */
export function validateSignIn(
  email: string,
  password: string,
): { ok: true; input: { email: string; password: string } } | { ok: false; errors: SignInErrors } {
  const errors: SignInErrors = {};
  if (email.trim() === "") errors.email = "Enter your email address.";
  if (password === "") errors.password = "Enter your password.";
  const parsed = signInInputSchema.safeParse({ email, password });
  if (!parsed.success) {
    const fromSchema = fieldErrorsFrom(parsed.error.issues);
    for (const field of SIGN_IN_FIELDS) {
      const message = fromSchema[field];
      if (message !== undefined) errors[field] ??= message;
    }
  }
  const hasErrors = SIGN_IN_FIELDS.some((f) => errors[f] !== undefined);
  if (hasErrors || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
