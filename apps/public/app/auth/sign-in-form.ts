import { signInInputSchema } from "@atlas/domain";

/** The sign-in form's fields, in page order (the error summary lists errors in this order). */
export const SIGN_IN_FIELDS = ["email", "password"] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];

export type SignInErrors = Partial<Record<SignInField, string>>;

/** An issue as the API's ValidationError (or a zod issue) gives it: a path and a message. */
export interface FieldIssueLike {
  path: readonly (string | number)[];
  message: string;
}

function isField(name: unknown): name is SignInField {
  return typeof name === "string" && (SIGN_IN_FIELDS as readonly string[]).includes(name);
}

/**
 * One message per field from a list of issues. Paths look like `[input, email]` from the API
 * or `[email]` from the domain schema; an issue naming no field is put on the email field, the
 * first, so the error summary still has somewhere to link.
 */
export function fieldErrorsFrom(issues: readonly FieldIssueLike[]): SignInErrors {
  const errors: SignInErrors = {};
  for (const issue of issues) {
    const field = issue.path.find(isField) ?? "email";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The error summary's items, in the order the fields appear. */
export function errorSummaryItems(errors: SignInErrors): { href: string; text: string }[] {
  return SIGN_IN_FIELDS.flatMap((field) => {
    const text = errors[field];
    return text === undefined ? [] : [{ href: `#${field}`, text }];
  });
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
    const fromSchema = fieldErrorsFrom(
      parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    );
    for (const field of SIGN_IN_FIELDS) {
      const message = fromSchema[field];
      if (message !== undefined) errors[field] ??= message;
    }
  }
  const hasErrors = SIGN_IN_FIELDS.some((f) => errors[f] !== undefined);
  if (hasErrors || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
