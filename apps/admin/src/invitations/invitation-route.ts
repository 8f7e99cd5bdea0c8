import { previewRefusal } from "@atlas/ui";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "react-router";
import { graphql } from "../gql/index.ts";
import { signInPathFor } from "../session/redirect.ts";
import type { SessionClient } from "../session/session-client.ts";
import { loadViewer, ViewerQuery } from "../session/viewer.ts";

// The invitation a trust administrator's colleague is sent (ADMIN_APP_URL/invitations/<token>).
// Outside the auth guard: the link's token is the credential, so anyone holding it may look
// before signing in; only accepting needs the session of the address it was sent to.

const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      id
      email
      role
      organisationName
      invitedBy
      expiresAt
      acceptedAt
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptAdminInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on InvitationPayload {
        invitation {
          id
          role
          organisationName
          acceptedAt
        }
      }
      ... on InvitationRefusedError {
        message
      }
      ... on NotFoundError {
        message
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

export type InvitationPreview = NonNullable<ResultOf<typeof InvitationPreviewQuery>["invitation"]>;

export interface InvitationPageData {
  token: string;
  invitation: InvitationPreview;
  viewer: { name: string; email: string } | null;
  /** Why it cannot be accepted now (used, expired, another address), or null. */
  refusal: string | null;
}

export type InvitationActionData =
  | { accepted: { role: string; organisationName: string } }
  | { refused: string };

async function previewOf(session: SessionClient, token: string) {
  const client = session.current();
  const result = await client
    .query(InvitationPreviewQuery, { token }, { requestPolicy: "network-only" })
    .toPromise();
  // A token not shaped like ours is refused by the API's argument check: no such invitation.
  const malformed = result.error?.graphQLErrors.some((e) => e.extensions.code === "BAD_USER_INPUT");
  if (result.error && !malformed) throw result.error;
  const invitation = result.data?.invitation ?? null;
  if (!invitation) throw data("Not found", { status: 404 });
  return invitation;
}

export function invitationLoader(session: SessionClient) {
  return async ({ params }: LoaderFunctionArgs): Promise<InvitationPageData> => {
    const token = params.token ?? "";
    const [invitation, viewer] = await Promise.all([
      previewOf(session, token),
      loadViewer(session.current()),
    ]);
    return {
      token,
      invitation,
      viewer: viewer && { name: viewer.name, email: viewer.email },
      refusal: previewRefusal(invitation, viewer, new Date()),
    };
  };
}

export function invitationAction(session: SessionClient) {
  return async ({ params, request }: ActionFunctionArgs): Promise<InvitationActionData> => {
    const client = session.current();
    if (!(await loadViewer(client))) throw redirect(signInPathFor(new URL(request.url)));
    const result = await client
      .mutation(AcceptInvitationMutation, { input: { token: params.token ?? "" } })
      .toPromise();
    const outcome = result.data?.acceptInvitation;
    if (!outcome) {
      return {
        refused: "The invitation could not be accepted. Check your connection and try again.",
      };
    }
    if (outcome.__typename !== "InvitationPayload") return { refused: outcome.message };
    // The new role shows at once: the dashboard and the navigation read the viewer's roles.
    await client.query(ViewerQuery, {}, { requestPolicy: "network-only" }).toPromise();
    const { role, organisationName } = outcome.invitation;
    return { accepted: { role, organisationName } };
  };
}
