// A form's errors as both apps show them: one message by each field, and an error summary that
// links each field in error once, in the form's order. They come from the mutation's typed
// errors (the API's result unions) or from checking the form with the same zod schemas.

/** A problem with the input: a zod issue (`[email]`) or the API's FieldIssue (`[input, email]`). */
export interface FieldIssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** What a form shows after a failed attempt. */
export interface FormErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  /** ErrorSummary items: `#field` links, in the form's order. */
  summary: { href: string; text: string }[];
}

/** The typed errors of a mutation that are not a success, as the API returns them. */
export type MutationFailure =
  | { __typename: "ValidationError"; message: string; issues: readonly FieldIssueLike[] }
  | { __typename: "InvalidCredentialsError"; message?: string }
  | { __typename: "TooManyAttemptsError"; message?: string; retryAfterSeconds?: number }
  | { __typename: string; message: string };

/**
 * Wrong credentials never say which of the two was wrong (the API does not tell, so that no one
 * can find out which addresses have an account).
 */
export const invalidCredentialsMessage = "The email address or password is not right.";

/** "15 minutes", "1 minute", "2 hours": a wait, rounded up to what a person would plan by. */
export function waitText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 120) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}

/** What to say when sign-in is paused after repeated failures. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `You have tried to sign in too many times. Wait ${waitText(retryAfterSeconds)}, then try again.`;
}

function fieldOf<Field extends string>(
  fields: readonly Field[],
  path: readonly PropertyKey[],
): Field | undefined {
  // The last part that names a field: `[input, email]` and `[email]` both mean email.
  for (let i = path.length - 1; i >= 0; i--) {
    const found = fields.find((field) => field === path[i]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The summary for messages by field, in the form's order. */
export function summaryOf<Field extends string>(
  fields: readonly Field[],
  messages: Partial<Record<Field, string>>,
): FormErrors<Field>["summary"] {
  return fields.flatMap((field) => {
    const text = messages[field];
    return text === undefined ? [] : [{ href: `#${field}`, text }];
  });
}

/** Errors from messages already placed by field (the form's own checks, say). */
export function formErrors<Field extends string>(
  fields: readonly Field[],
  messages: Partial<Record<Field, string>>,
): FormErrors<Field> {
  const placed: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const text = messages[field];
    if (text !== undefined) placed[field] = text;
  }
  return { fields: placed, summary: summaryOf(fields, placed) };
}

/**
 * One message by each field: the first reported for it. A problem that names no field of the
 * form goes on the first field, before that field's own message, so the summary still links
 * somewhere and the field says the same as the summary.
 */
export function errorsFromIssues<Field extends string>(
  fields: readonly Field[],
  issues: readonly FieldIssueLike[],
): FormErrors<Field> {
  const byField: Partial<Record<Field, string>> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(fields, issue.path);
    if (field === undefined) general.push(issue.message);
    else byField[field] ??= issue.message;
  }
  const [first] = fields;
  if (first !== undefined && general.length > 0) {
    byField[first] = [...general, ...(byField[first] === undefined ? [] : [byField[first]])].join(
      " ",
    );
  }
  return formErrors(fields, byField);
}

/**
 * The errors to show for a mutation's typed error. Credentials and pauses are about the whole
 * attempt, so they go on the first field (the email address) and the summary links there.
 */
export function errorsFromFailure<Field extends string>(
  fields: readonly Field[],
  failure: MutationFailure,
): FormErrors<Field> {
  const onFirst = (text: string): FormErrors<Field> => {
    const [first] = fields;
    if (first === undefined) return { fields: {}, summary: [] };
    const messages: Partial<Record<Field, string>> = {};
    messages[first] = text;
    return formErrors(fields, messages);
  };
  if (failure.__typename === "InvalidCredentialsError") return onFirst(invalidCredentialsMessage);
  if (failure.__typename === "TooManyAttemptsError" && "retryAfterSeconds" in failure) {
    const seconds = failure.retryAfterSeconds;
    if (typeof seconds === "number") return onFirst(tooManyAttemptsMessage(seconds));
  }
  if (failure.__typename === "ValidationError" && "issues" in failure) {
    const errors = errorsFromIssues(fields, failure.issues);
    if (errors.summary.length > 0) return errors;
  }
  return onFirst(failure.message ?? "Something was not right. Check the form and try again.");
}
