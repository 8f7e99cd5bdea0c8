import type { ErrorSummaryItem } from "@atlas/ui";

export type SignInField = "email" | "password";
const fields: readonly SignInField[] = ["email", "password"];

/** What to show after a failed attempt: a message per field and the summary linking to them. */
export interface SignInErrors {
  fields: Partial<Record<SignInField, string>>;
  summary: ErrorSummaryItem[];
}

export interface IssueLike {
  /** Zod paths are `[email]`; the API's FieldIssue paths are `[input, email]`. */
  path: readonly PropertyKey[];
  message: string;
}

/** The outcome of the signIn mutation that is not a success, as the API returns it. */
export type SignInFailure =
  | { __typename: "InvalidCredentialsError"; message: string }
  | { __typename: "TooManyAttemptsError"; message: string }
  | { __typename: "ValidationError"; message: string; issues: readonly IssueLike[] };

function fieldOf(path: readonly PropertyKey[]): SignInField | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    const field = fields.find((f) => f === part);
    if (field) return field;
  }
  return undefined;
}

/**
 * One message per field (the first reported), in the form's order. A problem with no field of
 * its own goes first in the summary, linked to the first field; the summary links each field
 * once (its items are keyed by link), so messages for the same field are joined.
 */
export function errorsFromIssues(issues: readonly IssueLike[]): SignInErrors {
  const byField: Partial<Record<SignInField, string>> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === undefined) general.push(issue.message);
    else byField[field] ??= issue.message;
  }
  const texts = new Map<string, string[]>();
  const add = (href: string, text: string) => texts.set(href, [...(texts.get(href) ?? []), text]);
  for (const text of general) add("#email", text);
  for (const field of fields) {
    const text = byField[field];
    if (text !== undefined) add(`#${field}`, text);
  }
  const summary = [...texts].map(([href, parts]) => ({ href, text: parts.join(" ") }));
  return { fields: byField, summary };
}

/**
 * What the API said went wrong. Wrong credentials never say which of the two was wrong, and a
 * pause after repeated failures is about the account, so those messages go on the first field
 * and the summary links there.
 */
export function errorsFromFailure(failure: SignInFailure): SignInErrors {
  if (failure.__typename !== "ValidationError") {
    return {
      fields: { email: failure.message },
      summary: [{ href: "#email", text: failure.message }],
    };
  }
  const errors = errorsFromIssues(failure.issues);
  if (errors.summary.length > 0) return errors;
  return { fields: {}, summary: [{ href: "#email", text: failure.message }] };
}
