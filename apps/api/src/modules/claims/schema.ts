import {
  type ClaimableRole,
  claimDecisionSchema,
  claimRequestSchema,
  claimStates,
} from "@atlas/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { signedInViewer } from "../../shared/actor.ts";
import { ClaimableRoleEnum, ClaimDecisionEnum, ClaimStateEnum } from "../../shared/enums.ts";
import { NotFoundError, parseArgs, parseInput, ValidationError } from "../../shared/errors.ts";
import { globalIdOf, rowIdOf } from "../../shared/global-id.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { ClaimRefusedError } from "./errors.ts";
import { decideClaim, requestClaim } from "./service.ts";

builder.objectType(ClaimRefusedError, {
  name: "ClaimRefusedError",
  description: "The claim cannot go ahead: the role is held already, or it was decided.",
  interfaces: [UserErrorInterface],
  fields: () => ({}),
});

export const ClaimRef = builder.drizzleObject("claims", {
  name: "Claim",
  description:
    "A person's request to administer a trust or represent a school. Private: the person who made it, and curators.",
  authScopes: (claim) => ({ $any: { self: claim.userId, curator: true } }),
  fields: (t) => ({
    id: t.string({ resolve: (c) => globalIdOf("Claim", c.id) }),
    role: t.field({
      type: ClaimableRoleEnum,
      // The database's check keeps claims to these two roles.
      resolve: (c) => c.role as ClaimableRole,
    }),
    trust: t.relation("trust", { nullable: true }),
    school: t.relation("school", { nullable: true }),
    claimantName: t.string({
      select: { with: { user: { columns: { name: true } } } },
      resolve: (c) => c.user.name,
    }),
    claimantEmail: t.string({
      select: { with: { user: { columns: { email: true } } } },
      resolve: (c) => c.user.email,
    }),
    jobTitle: t.exposeString("jobTitle"),
    evidence: t.exposeString("evidence"),
    state: t.expose("state", { type: ClaimStateEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    decidedBy: t.exposeString("decidedByName", { nullable: true }),
    decisionReason: t.exposeString("decisionReason", { nullable: true }),
  }),
});

const ClaimPayload = builder.objectRef<{ claimId: string }>("ClaimPayload").implement({
  description: "The claim, as it is after the change.",
  fields: (t) => ({
    claim: t.drizzleField({
      type: ClaimRef,
      resolve: async (query, { claimId }, _args, ctx) => {
        const found = await ctx.db.query.claims.findFirst(query({ where: { id: claimId } }));
        if (!found) throw new Error("a claim just written vanished");
        return found;
      },
    }),
  }),
});

const RequestClaimInput = builder.inputType("RequestClaimInput", {
  fields: (t) => ({
    role: t.field({ type: ClaimableRoleEnum, required: true }),
    groupUid: t.int({ required: false, description: "The trust's Group UID, for TRUST_ADMIN." }),
    urn: t.int({ required: false, description: "The school's URN, for SCHOOL_MEMBER." }),
    jobTitle: t.string({ required: true, description: "What you do there." }),
    evidence: t.string({
      required: true,
      description: "How a curator can tell: a work email, a staff page, who to call.",
    }),
  }),
});

const DecideClaimInput = builder.inputType("DecideClaimInput", {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    decision: t.field({ type: ClaimDecisionEnum, required: true }),
    reason: t.string({ required: false, description: "Required to decline: the person reads it." }),
  }),
});

const statesArg = z.array(z.enum(claimStates.keys)).max(claimStates.keys.length).optional();

builder.queryFields((t) => ({
  claims: t.drizzleField({
    type: [ClaimRef],
    description:
      "Claims to act for a trust or school, oldest first: the curators' queue (PENDING by default). Curators only.",
    args: { states: t.arg({ type: [ClaimStateEnum], required: false }) },
    authScopes: { curator: true },
    resolve: (query, _root, args, ctx) => {
      const states = parseArgs(statesArg, args.states ?? undefined, ["states"]) ?? ["PENDING"];
      return ctx.db.query.claims.findMany(
        query({ where: { state: { in: states } }, orderBy: { createdAt: "asc" }, limit: 200 }),
      );
    },
  }),
  myClaims: t.drizzleField({
    type: [ClaimRef],
    description: "Your own claims, newest first.",
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.claims.findMany(
        query({ where: { userId: signedInViewer(ctx).id }, orderBy: { createdAt: "desc" } }),
      ),
  }),
}));

builder.mutationFields((t) => ({
  requestClaim: t.field({
    type: ClaimPayload,
    description:
      "Asks a curator to let you administer a trust (by Group UID) or represent a school (by URN), saying what you do there and how they can tell. Asking again while one waits returns it.",
    args: { input: t.arg({ type: RequestClaimInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, ClaimRefusedError] },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const claim = parseInput(claimRequestSchema, {
        role: input.role,
        groupUid: input.groupUid ?? undefined,
        urn: input.urn ?? undefined,
        jobTitle: input.jobTitle,
        evidence: input.evidence,
      });
      const row = await requestClaim(ctx.db, { claim, claimant: signedInViewer(ctx) });
      return { claimId: row.id };
    },
  }),
  decideClaim: t.field({
    type: ClaimPayload,
    description:
      "Approves a waiting claim, granting the role, or declines it with a reason; the person is emailed either way. Curators only.",
    args: { input: t.arg({ type: DecideClaimInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, ClaimRefusedError] },
    authScopes: { curator: true },
    resolve: async (_root, { input }, ctx) => {
      const claimId = rowIdOf(input.claimId, "Claim");
      if (!claimId) throw new NotFoundError(["input", "claimId"], "This is not a claim's id.");
      const decision = parseInput(claimDecisionSchema, {
        decision: input.decision,
        reason: input.reason ?? undefined,
      });
      const row = await decideClaim(ctx.db, {
        claimId,
        decision,
        curator: signedInViewer(ctx),
        links: ctx.appLinks,
      });
      return { claimId: row.id };
    },
  }),
}));
