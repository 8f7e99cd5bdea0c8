import { claimableRoles } from "@atlas/domain";
import {
  Button,
  ButtonGroup,
  formatDate,
  invitedAs,
  Notice,
  SummaryList,
  TextLink,
} from "@atlas/ui";
import { Form, useActionData, useLoaderData, useLocation, useNavigation } from "react-router";
import { publicSiteUrl } from "../config.ts";
import { Page } from "../layout/Page.tsx";
import { PlainFrame } from "../layout/PlainFrame.tsx";
import { signInPathFor } from "../session/redirect.ts";
import type { InvitationActionData, InvitationPageData } from "./invitation-route.ts";

export function InvitationPage() {
  const { token, invitation, viewer, refusal } = useLoaderData() as InvitationPageData;
  const actionData = useActionData() as InvitationActionData | undefined;
  const location = useLocation();
  const navigation = useNavigation();
  const accepted = actionData && "accepted" in actionData ? actionData.accepted : null;
  const refused = actionData && "refused" in actionData ? actionData.refused : null;
  // An invited person with no account makes one on the public site, which accepts the same
  // link there (its own /invitations page) once they are signed in.
  const signUp = `${publicSiteUrl}/sign-up?${new URLSearchParams({ redirectTo: `/invitations/${token}` })}`;
  return (
    <PlainFrame>
      <Page
        title={`Join ${invitation.organisationName} on Trust Atlas`}
        caption="Invitation"
        documentTitle={`Invitation to ${invitation.organisationName}`}
      >
        <p className="ui-body">
          {invitation.invitedBy} invites you to be{" "}
          {invitedAs(invitation.role, invitation.organisationName)}.
        </p>
        <SummaryList
          rows={[
            { key: "Invited by", value: invitation.invitedBy },
            { key: "To", value: invitation.organisationName },
            { key: "Role", value: claimableRoles.label(invitation.role) },
            { key: "Sent to", value: invitation.email },
            { key: "Link works until", value: formatDate(invitation.expiresAt) },
          ]}
        />
        {accepted ? (
          <Notice tone="success" role="status" title="Invitation accepted">
            <p className="ui-mb-0">
              You are now{" "}
              {invitedAs(
                accepted.role === "TRUST_ADMIN" ? "TRUST_ADMIN" : "SCHOOL_MEMBER",
                accepted.organisationName,
              )}
              . <TextLink href="/">Go to your dashboard</TextLink>.
            </p>
          </Notice>
        ) : refused || refusal ? (
          <Notice
            tone="error"
            role={refused ? "alert" : undefined}
            title="You cannot accept this invitation"
          >
            <p className="ui-mb-0">{refused ?? refusal}</p>
          </Notice>
        ) : viewer ? (
          <Form method="post">
            <p className="ui-body">
              You are signed in as {viewer.name} ({viewer.email}).
            </p>
            <Button aria-disabled={navigation.state !== "idle" || undefined}>
              Accept the invitation
            </Button>
          </Form>
        ) : (
          <>
            <p className="ui-body">
              Sign in with {invitation.email}, the address the invitation was sent to, to accept it.
              If you have no Trust Atlas account yet, create one on the public site with that
              address: it brings you back to this invitation to accept it there.
            </p>
            <ButtonGroup>
              <Button href={signInPathFor(location)}>Sign in</Button>
              <Button href={signUp} variant="secondary">
                Create an account
              </Button>
            </ButtonGroup>
          </>
        )}
      </Page>
    </PlainFrame>
  );
}
