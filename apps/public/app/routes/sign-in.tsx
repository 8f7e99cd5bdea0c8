import { Button, ErrorSummary, Heading, Main, Notice, TextInput, TextLink } from "@atlas/ui";
import { useEffect, useRef, useState } from "react";
import { data, Form, redirect, useNavigation, useRouteLoaderData } from "react-router";
import { safeRedirectTarget, signUpHref } from "../auth/redirect.ts";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import {
  errorSummaryItems,
  type SignInErrors,
  signInFailureErrors,
  validateSignIn,
} from "../auth/sign-in-form.ts";
import { graphql } from "../gql";
import { createApiClient, throwApiError } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import type { loader as rootLoader } from "../root.tsx";
import type { Route } from "./+types/sign-in";

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInPayload {
        viewer {
          id
          name
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

export function loader({ url }: Route.LoaderArgs) {
  return { redirectTo: safeRedirectTarget(url.searchParams.get("redirectTo")) };
}

function formString(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function failed(email: string, redirectTo: string, errors: SignInErrors) {
  // The password is never sent back: the person types it again.
  return data({ email, redirectTo, errors }, { status: 400 });
}

export async function action(args: Route.ActionArgs) {
  const { request } = args;
  assertSameOriginPost(request);
  const form = await request.formData();
  const email = formString(form, "email").trim();
  const password = formString(form, "password");
  const redirectTo = safeRedirectTarget(formString(form, "redirectTo"));

  const checked = validateSignIn(email, password);
  if (!checked.ok) return failed(email, redirectTo, checked.errors);

  const api = createApiClient(args);
  const result = await api.mutate(SignInMutation, { input: checked.input });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.signIn;
  if (!outcome) throw new Error("Sign-in failed: the API answered with no data.");
  switch (outcome.__typename) {
    case "SignInPayload":
      // 303: the browser follows with a GET, so refreshing the next page does not post again.
      throw redirect(redirectTo, { status: 303, headers: api.setCookieHeaders() });
    case "InvalidCredentialsError":
    case "TooManyAttemptsError":
    case "ValidationError":
      return failed(email, redirectTo, signInFailureErrors(outcome));
    default:
      return outcome satisfies never;
  }
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const rootData = useRouteLoaderData<typeof rootLoader>("root");
  const navigation = useNavigation();
  const errors: SignInErrors = actionData?.errors ?? {};
  const summary = errorSummaryItems(errors);
  const viewer = rootData?.viewer ?? null;
  const signingIn = navigation.state === "submitting" && navigation.formAction === "/sign-in";

  // Each failed attempt (a new actionData object) empties the password, as a fresh page would
  // without JavaScript, and shows the error summary anew so it takes focus again.
  const passwordRef = useRef<HTMLInputElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!actionData) return;
    if (passwordRef.current) passwordRef.current.value = "";
    setAttempt((n) => n + 1);
  }, [actionData]);
  return (
    <Main>
      <title>{pageTitle(summary.length > 0 ? "Error: Sign in" : "Sign in")}</title>
      <div className="ui-measure ui-stack">
        <ErrorSummary errors={summary} key={attempt} />
        <Heading level={1}>Sign in</Heading>
        {viewer && (
          <Notice tone="info" headingLevel={2} title={`You are signed in as ${viewer.name}`}>
            <p>Signing in again with another account signs you out of this one.</p>
          </Notice>
        )}
        <p className="ui-body">
          Sign in with the account your school was given. You do not need an account to find trusts
          and read about them: everything Trust Atlas shows today is open to all.
        </p>
        <Form method="post" action="/sign-in" noValidate>
          <input
            type="hidden"
            name="redirectTo"
            value={actionData?.redirectTo ?? loaderData.redirectTo}
          />
          <TextInput
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            defaultValue={actionData?.email ?? ""}
            error={errors.email}
          />
          <TextInput
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            error={errors.password}
            ref={passwordRef}
          />
          <Button disabled={signingIn}>Sign in</Button>
        </Form>
        <p className="ui-body">
          No account yet?{" "}
          <TextLink href={signUpHref(actionData?.redirectTo ?? loaderData.redirectTo)}>
            Create an account
          </TextLink>
          .
        </p>
        <p className="ui-body">
          Work for a trust or a sector body?{" "}
          <TextLink href={rootData?.adminUrl ?? "/"}>Use trust and sector sign in</TextLink>.
        </p>
      </div>
    </Main>
  );
}
