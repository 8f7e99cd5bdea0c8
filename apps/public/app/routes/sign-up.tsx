import { MIN_PASSWORD_LENGTH } from "@atlas/domain";
import { Button, ErrorSummary, Heading, Main, Notice, TextInput, TextLink } from "@atlas/ui";
import { useEffect, useRef, useState } from "react";
import { data, Form, redirect, useNavigation, useRouteLoaderData } from "react-router";
import { safeRedirectTarget, signInHref } from "../auth/redirect.ts";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import {
  type SignUpErrors,
  type SignUpValues,
  signUpFailureErrors,
  validateSignUp,
} from "../auth/sign-up-form.ts";
import { graphql } from "../gql";
import { createApiClient, throwApiError } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import type { loader as rootLoader } from "../root.tsx";
import type { Route } from "./+types/sign-up";

/** Where a new account goes when it was not on its way anywhere: to ask for a role. */
export const AFTER_SIGN_UP = "/claims";

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on SignInPayload {
        viewer {
          id
        }
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
      ... on EmailTakenError {
        message
      }
      ... on TooManyAttemptsError {
        message
        retryAfterSeconds
      }
    }
  }
`);

export function loader({ url }: Route.LoaderArgs) {
  return { redirectTo: safeRedirectTarget(url.searchParams.get("redirectTo"), AFTER_SIGN_UP) };
}

function formString(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function failed(values: SignUpValues, redirectTo: string, errors: SignUpErrors) {
  // The password is never sent back: the person types it again.
  return data({ values, redirectTo, errors }, { status: 400 });
}

export async function action(args: Route.ActionArgs) {
  const { request } = args;
  assertSameOriginPost(request);
  const form = await request.formData();
  const values = { name: formString(form, "name"), email: formString(form, "email").trim() };
  const password = formString(form, "password");
  const redirectTo = safeRedirectTarget(formString(form, "redirectTo"), AFTER_SIGN_UP);

  const checked = validateSignUp({ ...values, password });
  if (!checked.ok) return failed(values, redirectTo, checked.errors);

  const api = createApiClient(args);
  const result = await api.mutate(SignUpMutation, { input: checked.input });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.signUp;
  if (!outcome) throw new Error("Sign-up failed: the API answered with no data.");
  switch (outcome.__typename) {
    case "SignInPayload":
      // Signed in as the new account: the API's session cookie goes on to the browser. 303, so
      // refreshing the next page does not post again.
      throw redirect(redirectTo, { status: 303, headers: api.setCookieHeaders() });
    case "ValidationError":
    case "EmailTakenError":
    case "TooManyAttemptsError":
      return failed(values, redirectTo, signUpFailureErrors(outcome));
    default:
      return outcome satisfies never;
  }
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const rootData = useRouteLoaderData<typeof rootLoader>("root");
  const navigation = useNavigation();
  const errors = actionData?.errors ?? { fields: {}, summary: [] };
  const viewer = rootData?.viewer ?? null;
  const redirectTo = actionData?.redirectTo ?? loaderData.redirectTo;
  const signingUp = navigation.state === "submitting" && navigation.formAction === "/sign-up";

  // Each failed attempt empties the password, as a fresh page would without JavaScript, and
  // shows the error summary anew so it takes focus again.
  const passwordRef = useRef<HTMLInputElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!actionData) return;
    if (passwordRef.current) passwordRef.current.value = "";
    setAttempt((n) => n + 1);
  }, [actionData]);
  return (
    <Main>
      <title>
        {pageTitle(errors.summary.length > 0 ? "Error: Create an account" : "Create an account")}
      </title>
      <div className="ui-measure ui-stack">
        <ErrorSummary errors={errors.summary} key={attempt} />
        <Heading level={1}>Create an account</Heading>
        {viewer && (
          <Notice tone="info" headingLevel={2} title={`You are signed in as ${viewer.name}`}>
            <p>Creating another account signs you out of this one.</p>
          </Notice>
        )}
        <p className="ui-body">
          You do not need an account to find trusts and read about them. An account lets you act for
          your school or trust: once it is made, you ask to represent your school or administer your
          trust, and a curator checks that you work there.
        </p>
        <Form method="post" action="/sign-up" noValidate>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextInput
            name="name"
            label="Your name"
            autoComplete="name"
            spellCheck={false}
            defaultValue={actionData?.values.name ?? ""}
            error={errors.fields.name}
          />
          <TextInput
            name="email"
            type="email"
            label="Email address"
            hint="Your work address helps a curator see that you work where you say."
            autoComplete="email"
            spellCheck={false}
            defaultValue={actionData?.values.email ?? ""}
            error={errors.fields.email}
          />
          <TextInput
            name="password"
            type="password"
            label="Password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few words together are easy to remember and hard to guess.`}
            autoComplete="new-password"
            error={errors.fields.password}
            ref={passwordRef}
          />
          <Button disabled={signingUp}>Create account</Button>
        </Form>
        <p className="ui-body">
          Already have an account? <TextLink href={signInHref(redirectTo)}>Sign in</TextLink>.
        </p>
      </div>
    </Main>
  );
}
