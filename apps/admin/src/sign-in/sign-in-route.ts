import { signInInputSchema } from "@atlas/domain";
import { errorsFromFailure, errorsFromIssues, type FormErrors } from "@atlas/ui";
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "react-router";
import { graphql } from "../gql/index.ts";
import { safeRedirectTarget } from "../session/redirect.ts";
import type { SessionClient } from "../session/session-client.ts";
import { loadViewer } from "../session/viewer.ts";

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInPayload {
        viewer {
          id
        }
      }
      ... on InvalidCredentialsError {
        message
      }
      ... on TooManyAttemptsError {
        message
        retryAfterSeconds
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
    }
  }
`);

/** The form's fields in page order: errors are listed, and field-less ones placed, by it. */
export const signInFields = ["email", "password"] as const;
export type SignInErrors = FormErrors<(typeof signInFields)[number]>;

export interface SignInPageData {
  redirectTo: string;
  signedOut: boolean;
}

/** What a failed attempt gives back to the form. */
export interface SignInActionData {
  /** Counts attempts, so a repeated error summary takes focus again. */
  attempt: number;
  email: string;
  errors?: SignInErrors;
  /** The API could not be reached or failed: nothing the person can fix in the form. */
  serviceProblem?: boolean;
}

let attempts = 0;

function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Someone already signed in has nothing to do here: go where they were going. */
export function signInLoader(session: SessionClient) {
  return async ({ request }: LoaderFunctionArgs): Promise<SignInPageData> => {
    const params = new URL(request.url).searchParams;
    const redirectTo = safeRedirectTarget(params.get("redirectTo"));
    if (await loadViewer(session.current())) throw redirect(redirectTo);
    return { redirectTo, signedOut: params.get("signedOut") === "1" };
  };
}

/**
 * Checks the form with the same rules the API applies (signInInputSchema), then signs in.
 * Success starts a fresh client for the new session, so nothing cached while signed out (or
 * for someone else) survives, and goes to the page that was asked for.
 */
export function signInAction(session: SessionClient) {
  return async ({ request }: ActionFunctionArgs): Promise<SignInActionData | Response> => {
    const form = await request.formData();
    const email = textOf(form, "email");
    const attempt = ++attempts;
    const parsed = signInInputSchema.safeParse({ email, password: textOf(form, "password") });
    if (!parsed.success)
      return { attempt, email, errors: errorsFromIssues(signInFields, parsed.error.issues) };

    const result = await session
      .current()
      .mutation(SignInMutation, { input: parsed.data })
      .toPromise();
    const outcome = result.data?.signIn;
    if (result.error || !outcome) return { attempt, email, serviceProblem: true };
    if (outcome.__typename === "SignInPayload") {
      session.reset();
      return redirect(safeRedirectTarget(textOf(form, "redirectTo")));
    }
    return { attempt, email, errors: errorsFromFailure(signInFields, outcome) };
  };
}
