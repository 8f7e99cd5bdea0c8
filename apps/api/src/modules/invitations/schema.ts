import { invitationSchema } from "@atlas/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { signedInViewer } from "../../shared/actor.ts";
import { ClaimableRoleEnum } from "../../shared/enums.ts";
import { NotFoundError, parseArgs, parseInput, ValidationError } from "../../shared/errors.ts";
import { decodeNodeId, globalIdOf } from "../../shared/global-id.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { InvitationRefusedError } from "./errors.ts";
import {
  acceptInvitation,
  type InvitationOrganisation,
  type InvitationView,
  invitationByToken,
  inviteColleague,
} from "./service.ts";

builder.objectType(InvitationRefusedError, {
  name: "InvitationRefusedError",
  description:
    "The invitation cannot be sent (the colleague acts for the organisation already) or accepted (used, expired, or sent to another address).",
  interfaces: [UserErrorInterface],
  fields: () => ({}),
});

const InvitationRef = builder.objectRef<InvitationView>("Invitation").implement({
  description:
    "An invitation to administer a trust or be a member of a school. Seen by whoever sent it, and by whoever holds its link.",
  fields: (t) => ({
    id: t.string({ resolve: (i) => globalIdOf("Invitation", i.row.id) }),
    email: t.string({ resolve: (i) => i.row.email }),
    role: t.field({
      type: ClaimableRoleEnum,
      // The database's check keeps invitations to these two roles.
      resolve: (i) => i.row.role as "TRUST_ADMIN" | "SCHOOL_MEMBER",
    }),
    organisationName: t.string({ resolve: (i) => i.organisationName }),
    invitedBy: t.string({ resolve: (i) => i.row.invitedByName }),
    expiresAt: t.field({ type: "DateTime", resolve: (i) => i.row.expiresAt }),
    acceptedAt: t.field({ type: "DateTime", nullable: true, resolve: (i) => i.row.acceptedAt }),
  }),
});

const InvitationPayload = builder.objectRef<InvitationView>("InvitationPayload").implement({
  fields: (t) => ({ invitation: t.field({ type: InvitationRef, resolve: (i) => i }) }),
});

const InviteColleagueInput = builder.inputType("InviteColleagueInput", {
  fields: (t) => ({
    organisationId: t.id({
      required: true,
      description: "A Trust's id (to invite an administrator) or a School's (a member).",
    }),
    email: t.string({ required: true }),
  }),
});

const AcceptInvitationInput = builder.inputType("AcceptInvitationInput", {
  fields: (t) => ({ token: t.string({ required: true, description: "From the link." }) }),
});

/** The organisation a Trust or School id names; null for any other id. */
function organisationOf(id: string): InvitationOrganisation | null {
  const decoded = decodeNodeId(id);
  if (decoded?.typename === "Trust") return { party: "TRUST", trustId: decoded.id };
  if (decoded?.typename === "School") return { party: "SCHOOL", schoolId: decoded.id };
  return null;
}

const tokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "This is not an invitation link's token: copy the link whole.");

builder.queryFields((t) => ({
  invitation: t.field({
    type: InvitationRef,
    nullable: true,
    description:
      "The invitation a link opens, to show before accepting it; null when the link is not one we sent. The token is the credential: no sign-in is needed to look.",
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) =>
      invitationByToken(ctx.db, parseArgs(tokenSchema, args.token, ["token"])),
  }),
}));

builder.mutationFields((t) => ({
  inviteColleague: t.field({
    type: InvitationPayload,
    description:
      "Invites a colleague by email: a trust's administrators invite administrators, a school's members invite members. The link works once, for 7 days, for that address.",
    args: { input: t.arg({ type: InviteColleagueInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, InvitationRefusedError] },
    authScopes: (_root, { input }) => {
      const org = organisationOf(String(input.organisationId));
      if (org?.party === "TRUST") return { trustAdmin: org.trustId };
      if (org?.party === "SCHOOL") return { schoolMember: org.schoolId };
      // An id of nothing one may invite to: refused like any organisation not one's own.
      return { trustAdmin: "" };
    },
    resolve: async (_root, { input }, ctx) => {
      const org = organisationOf(String(input.organisationId));
      if (!org)
        throw new NotFoundError(["input", "organisationId"], "Use a trust's or a school's id.");
      const { email } = parseInput(invitationSchema, { email: input.email });
      return inviteColleague(ctx.db, {
        org,
        email,
        inviter: signedInViewer(ctx),
        links: ctx.appLinks,
      });
    },
  }),
  acceptInvitation: t.field({
    type: InvitationPayload,
    description:
      "Accepts an invitation, signed in with the address it was sent to: the role is granted and the link is spent.",
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, InvitationRefusedError] },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const token = parseInput(tokenSchema, input.token, ["input", "token"]);
      return acceptInvitation(ctx.db, { token, acceptor: signedInViewer(ctx) });
    },
  }),
}));
