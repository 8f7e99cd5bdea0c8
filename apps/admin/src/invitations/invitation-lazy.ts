import type { SessionClient } from "../session/session-client.ts";
import { InvitationPage } from "./InvitationPage.tsx";
import { invitationAction, invitationLoader } from "./invitation-route.ts";

/** The invitation route, loaded on demand: few people ever open one. */
export function invitationRoute(session: SessionClient) {
  return {
    loader: invitationLoader(session),
    action: invitationAction(session),
    Component: InvitationPage,
  };
}
