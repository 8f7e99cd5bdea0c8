import { Button, Heading, Main, Notice, TextLink } from "@atlas/ui";
import { data, Form } from "react-router";
import { graphql } from "../gql";
import { createApiClient, throwApiError } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import type { Route } from "./+types/saved-search-unsubscribe";

const UnsubscribeMutation = graphql(`
  mutation UnsubscribeSavedSearch($input: UnsubscribeSavedSearchInput!) {
    unsubscribeSavedSearch(input: $input) {
      __typename
      ... on UnsubscribeSavedSearchPayload {
        savedSearchName
        schoolName
      }
      ... on UserError {
        message
      }
    }
  }
`);

/**
 * Stops a saved search's emails. No same-origin check and no sign-in: the link in the email is
 * the credential, and a mail client's one-click unsubscribe (RFC 8058) posts here from its own
 * servers. It can only stop emails, never start them, so a forged post costs nothing.
 */
export async function action(args: Route.ActionArgs) {
  const api = createApiClient(args);
  const result = await api.mutate(UnsubscribeMutation, { input: { token: args.params.token } });
  if (result.error) throwApiError(result.error);
  const answer = result.data?.unsubscribeSavedSearch;
  if (answer?.__typename === "UnsubscribeSavedSearchPayload") {
    return { stopped: { name: answer.savedSearchName, school: answer.schoolName }, error: null };
  }
  return data(
    { stopped: null, error: answer && "message" in answer ? answer.message : "That did not work." },
    { status: answer?.__typename === "NotFoundError" ? 404 : 400 },
  );
}

export const meta: Route.MetaFunction = () => [
  { title: pageTitle("Stop emails about a saved search") },
  // The address holds the token: it must not be indexed or sent on to other sites.
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "no-referrer" },
];

/**
 * What the email's link opens: a button, not an unsubscribe on sight, because mail scanners
 * open links in email to check them and must not stop someone's alerts by doing so.
 */
export default function SavedSearchUnsubscribe({ actionData }: Route.ComponentProps) {
  return (
    <Main>
      <div className="ui-measure ui-stack">
        <Heading level={1}>Stop emails about a saved search</Heading>
        {actionData?.stopped ? (
          <Notice tone="success" title="Emails stopped" role="status">
            <p className="ui-body">
              You will get no more emails about "{actionData.stopped.name}" for{" "}
              {actionData.stopped.school}. The search is still saved: turn its emails on again from
              your school's shortlist page.
            </p>
          </Notice>
        ) : (
          <>
            {actionData?.error && (
              <Notice tone="error" title="The emails could not be stopped" role="alert">
                <p className="ui-body">{actionData.error}</p>
              </Notice>
            )}
            <p className="ui-body">
              You get an email when a trust starts to match one of your saved searches. Stop the
              emails about the search this link came from?
            </p>
            <Form method="post">
              <Button>Stop these emails</Button>
            </Form>
          </>
        )}
        <p className="ui-body">
          <TextLink href="/">Go to Trust Atlas</TextLink>
        </p>
      </div>
    </Main>
  );
}
