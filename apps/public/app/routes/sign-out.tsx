import { Button, Heading, Main } from "@atlas/ui";
import { Form, redirect } from "react-router";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import { graphql } from "../gql";
import { createApiClient, throwApiError } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import type { Route } from "./+types/sign-out";

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

export async function action(args: Route.ActionArgs) {
  const { request } = args;
  assertSameOriginPost(request);
  const api = createApiClient(args);
  const result = await api.mutate(SignOutMutation, {});
  if (result.error) throwApiError(result.error);
  // The API's Set-Cookie clears the session cookie in the browser.
  throw redirect("/", { status: 303, headers: api.setCookieHeaders() });
}

export const meta: Route.MetaFunction = () => [{ title: pageTitle("Sign out") }];

/** Reached only by typing the address: signing out is a POST, from the header's button. */
export default function SignOut() {
  return (
    <Main>
      <div className="ui-measure ui-stack">
        <Heading level={1}>Sign out</Heading>
        <p className="ui-body">Sign out of Trust Atlas on this device.</p>
        <Form method="post" action="/sign-out">
          <Button>Sign out</Button>
        </Form>
      </div>
    </Main>
  );
}
