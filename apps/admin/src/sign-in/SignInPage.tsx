import { Button, ErrorSummary, Notice, TextInput } from "@atlas/ui";
import { Form, useActionData, useLoaderData, useNavigation } from "react-router";
import { Page } from "../layout/Page.tsx";
import { PlainFrame } from "../layout/PlainFrame.tsx";
import type { SignInActionData, SignInPageData } from "./sign-in-route.ts";

export function SignInPage() {
  const { redirectTo, signedOut } = useLoaderData<SignInPageData>();
  const result = useActionData<SignInActionData>();
  const navigation = useNavigation();
  const submitting = navigation.state !== "idle" && navigation.formMethod === "POST";
  const errors = result?.errors;
  const hasErrors = (errors?.summary.length ?? 0) > 0 || result?.serviceProblem === true;

  return (
    <PlainFrame>
      {result?.serviceProblem && (
        <Notice tone="error" role="alert" title="Sorry, there is a problem with the service">
          <p className="ui-mb-0">
            You could not be signed in just now. Try again in a few minutes.
          </p>
        </Notice>
      )}
      {errors && <ErrorSummary key={result?.attempt} errors={errors.summary} />}
      {signedOut && !result && (
        <Notice tone="success" role="status">
          <p className="ui-mb-0">You have signed out.</p>
        </Notice>
      )}
      <Page title="Sign in" documentTitle={hasErrors ? "Error: Sign in" : "Sign in"}>
        <p>
          The Trust Atlas admin is for trust administrators, who keep their trust's profile up to
          date, and for sector body curators, who verify trusts.
        </p>
        <Form method="post" noValidate aria-label="Sign in">
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextInput
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            autoCapitalize="none"
            defaultValue={result?.email ?? ""}
            error={errors?.fields.email}
          />
          {/* A fresh, empty password field after each attempt. */}
          <TextInput
            key={result?.attempt ?? 0}
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            width={20}
            error={errors?.fields.password}
          />
          <Button aria-disabled={submitting || undefined}>Sign in</Button>
        </Form>
      </Page>
    </PlainFrame>
  );
}
