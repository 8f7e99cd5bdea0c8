import { claimableRoles } from "@atlas/domain";
import {
  Button,
  ButtonGroup,
  formatDate,
  Heading,
  invitedAs,
  Main,
  Notice,
  previewRefusal,
  SummaryList,
  TextLink,
} from "@atlas/ui";
import { data, Form, redirect, useLocation, useNavigation, useRouteLoaderData } from "react-router";
import { signInHref, signUpHref } from "../auth/redirect.ts";
import { assertSameOriginPost } from "../auth/same-origin.server.ts";
import { createApiClient, throwApiError } from "../graphql/client.server.ts";
import {
  AcceptInvitationMutation,
  InvitationPageQuery,
  InvitedSchoolsQuery,
} from "../invitations/operations.ts";
import { pageTitle } from "../meta.ts";
import type { loader as rootLoader } from "../root.tsx";
import type { Route } from "./+types/invitation";

/** The token is the whole credential: a link of ours, or no invitation at all. */
async function previewOf(args: Route.LoaderArgs | Route.ActionArgs) {
  const api = createApiClient(args);
  const { invitation, viewer } = await api.query(InvitationPageQuery, { token: args.params.token });
  if (!invitation) throw data("Not found", { status: 404 });
  return { api, invitation, viewer };
}

export async function loader(args: Route.LoaderArgs) {
  const { invitation, viewer } = await previewOf(args);
  return {
    invitation,
    viewer: viewer && { name: viewer.name, email: viewer.email },
    refusal: previewRefusal(invitation, viewer, new Date()),
  };
}

export async function action(args: Route.ActionArgs) {
  assertSameOriginPost(args.request);
  const here = `/invitations/${args.params.token}`;
  const { api, viewer } = await previewOf(args);
  if (!viewer) throw redirect(signInHref(here), { status: 303 });
  const result = await api.mutate(AcceptInvitationMutation, {
    input: { token: args.params.token },
  });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.acceptInvitation;
  if (!outcome) throw new Error("Accepting failed: the API answered with no data.");
  switch (outcome.__typename) {
    case "InvitationPayload": {
      const { role, organisationName } = outcome.invitation;
      // The school just joined, by name among the person's schools, for a link straight to it.
      const roles = (await api.query(InvitedSchoolsQuery, {})).viewer?.roles ?? [];
      const school =
        role === "SCHOOL_MEMBER"
          ? roles.find((r) => r.role === "SCHOOL_MEMBER" && r.school?.name === organisationName)
              ?.school
          : undefined;
      return { accepted: { role, organisationName, schoolUrn: school?.urn ?? null } };
    }
    case "InvitationRefusedError":
    case "NotFoundError":
    case "ValidationError":
      return data({ refused: outcome.message }, { status: 409 });
    default:
      return outcome satisfies never;
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => [
  {
    title: pageTitle(
      loaderData ? `Invitation to ${loaderData.invitation.organisationName}` : "Invitation",
    ),
  },
  // The address holds the token, the whole credential: not indexed, nor sent on by a link.
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "no-referrer" },
];

function Accepted({
  accepted,
  adminUrl,
}: {
  accepted: { role: string; organisationName: string; schoolUrn: number | null };
  adminUrl: string;
}) {
  const name = accepted.organisationName;
  return (
    <Notice tone="success" role="status" title="Invitation accepted">
      {accepted.role === "TRUST_ADMIN" ? (
        <p className="ui-mb-0">
          You are now an administrator of {name}.{" "}
          <TextLink href={adminUrl}>Go to trust and sector sign in</TextLink> to look after its
          listing.
        </p>
      ) : (
        <p className="ui-mb-0">
          You are now a member of {name}.{" "}
          <TextLink href={accepted.schoolUrn ? `/schools/${accepted.schoolUrn}` : "/claims"}>
            Go to {name}
          </TextLink>{" "}
          to find trusts and ask them for a partnership.
        </p>
      )}
    </Notice>
  );
}

export default function InvitationPage({ loaderData, actionData }: Route.ComponentProps) {
  const rootData = useRouteLoaderData<typeof rootLoader>("root");
  const navigation = useNavigation();
  const { invitation, viewer, refusal } = loaderData;
  const accepted = actionData && "accepted" in actionData ? actionData.accepted : null;
  const refused = actionData && "refused" in actionData ? actionData.refused : null;
  const sending = navigation.state === "submitting";
  return (
    <Main>
      <div className="ui-measure ui-stack">
        <Heading level={1} caption="Invitation">
          Join {invitation.organisationName} on Trust Atlas
        </Heading>
        <p className="ui-body">
          {invitation.invitedBy} invites you to be{" "}
          {invitedAs(invitation.role, invitation.organisationName)}.
        </p>
        <SummaryList
          rows={[
            { key: "Invited by", value: invitation.invitedBy },
            { key: "To", value: invitation.organisationName },
            {
              key: "Role",
              value: claimableRoles.label(invitation.role),
            },
            { key: "Sent to", value: invitation.email },
            { key: "Link works until", value: formatDate(invitation.expiresAt) },
          ]}
        />
        {accepted ? (
          <Accepted accepted={accepted} adminUrl={rootData?.adminUrl ?? "/"} />
        ) : refused || refusal ? (
          <Notice
            tone="error"
            role={refused ? "alert" : undefined}
            title="You cannot accept this invitation"
          >
            <p className="ui-mb-0">{refused ?? refusal}</p>
          </Notice>
        ) : viewer ? (
          <Form method="post" noValidate>
            <p className="ui-body">
              You are signed in as {viewer.name} ({viewer.email}).
            </p>
            <Button disabled={sending}>Accept the invitation</Button>
          </Form>
        ) : (
          <SignedOut email={invitation.email} />
        )}
      </div>
    </Main>
  );
}

function SignedOut({ email }: { email: string }) {
  // The page's own address, so signing in or up comes back here to accept.
  const here = useLocation().pathname;
  return (
    <section aria-labelledby="signed-out-heading" className="ui-stack">
      <Heading level={2} id="signed-out-heading">
        Sign in to accept
      </Heading>
      <p className="ui-body">
        Sign in with {email}, the address the invitation was sent to. If you have no account yet,
        create one with that address; either way you come back here to accept.
      </p>
      <ButtonGroup>
        <Button href={signInHref(here)}>Sign in</Button>
        <Button href={signUpHref(here)} variant="secondary">
          Create an account
        </Button>
      </ButtonGroup>
    </section>
  );
}
