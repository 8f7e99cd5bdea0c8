import { tables } from "@atlas/db";
import {
  dateInEngland,
  type PartnershipCommand,
  partnershipNoteSchema,
  partnershipRequestSchema,
  partnershipTermsSchema,
  requestDateProblems,
} from "@atlas/domain";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { signedInViewer } from "../../shared/actor.ts";
import {
  PartnershipActionEnum,
  PartnershipFocusAreaEnum,
  PartnershipIntentEnum,
  PartnershipNoteKindEnum,
  PartnershipOutcomeEnum,
  PartnershipStateEnum,
} from "../../shared/enums.ts";
import { NotFoundError, parseInput, ValidationError } from "../../shared/errors.ts";
import { rowIdOf } from "../../shared/global-id.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { actsForSchool, schoolIdOf } from "../schools/member-scopes.ts";
import { SchoolRef } from "../schools/schema.ts";
import { TrustRef } from "../trusts/schema.ts";
import {
  PartnershipConflictError,
  PartnershipRefusedError,
  PartnershipRequestLimitError,
  PartnershipStaleError,
} from "./errors.ts";
import { recordPartnershipNote, requestPartnership, transitionPartnership } from "./service.ts";
import { PartnershipRef } from "./types.ts";
import "./subscription.ts";

builder.objectType(PartnershipRefusedError, {
  name: "PartnershipRefusedError",
  description: "The step is not one the partnership's rules allow now, or not for your side.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    code: t.exposeString("code", {
      description:
        "NOT_IN_THIS_STATE, NOT_YOUR_STEP, MISSING_REASON, TOO_EARLY, INVALID_DATE or EXTENSION_NOT_ALLOWED.",
    }),
    path: t.exposeStringList("path", { description: "The input to change, when one is at fault." }),
  }),
});

builder.objectType(PartnershipStaleError, {
  name: "PartnershipStaleError",
  description: "Someone took a step since you loaded the partnership: nothing was written.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({ currentVersion: t.exposeInt("currentVersion") }),
});

builder.objectType(PartnershipRequestLimitError, {
  name: "PartnershipRequestLimitError",
  description:
    "As many new partnership requests as a day allows have been sent, by you or your school.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});

builder.objectType(PartnershipConflictError, {
  name: "PartnershipConflictError",
  description:
    "One open request or partnership per school and trust, one active partnership per school, and no partnerships with a closed trust.",
  interfaces: [UserErrorInterface],
  fields: () => ({}),
});

const RequestInput = builder.inputType("RequestPartnershipInput", {
  fields: (t) => ({
    trustId: t.id({ required: true, description: "The trust (Trust.id)." }),
    urn: t.int({ required: true, description: "The URN of your school." }),
    idempotencyKey: t.string({
      required: true,
      description: "A UUID made once per form: sending it again finds the same request.",
    }),
    intent: t.field({ type: PartnershipIntentEnum, required: true }),
    focusAreas: t.field({ type: [PartnershipFocusAreaEnum], required: true }),
    objectives: t.string({ required: true }),
    proposedStartDate: t.field({ type: "Date", required: true }),
    proposedEndDate: t.field({
      type: "Date",
      required: true,
      description: "At most 24 months after the start.",
    }),
    expectedServiceChargePounds: t.float({ required: false }),
    governingBodyResolutionDate: t.field({ type: "Date", required: false }),
  }),
});

const TermsInput = builder.inputType("PartnershipTermsInput", {
  fields: (t) => ({
    startDate: t.field({ type: "Date", required: true }),
    endDate: t.field({ type: "Date", required: true }),
    focusAreas: t.field({ type: [PartnershipFocusAreaEnum], required: true }),
    objectives: t.string({ required: true }),
    serviceChargePounds: t.float({ required: true }),
    extensionAllowed: t.boolean({ required: true }),
    maxTermMonths: t.int({ required: true }),
    servicesProvided: t.string({ required: true }),
    dataProtection: t.string({ required: true }),
  }),
});

const TransitionInput = builder.inputType("TransitionPartnershipInput", {
  fields: (t) => ({
    partnershipId: t.id({ required: true }),
    action: t.field({ type: PartnershipActionEnum, required: true }),
    expectedVersion: t.int({ required: true, description: "The Partnership.version you loaded." }),
    reason: t.string({
      required: false,
      description: "Required to decline, withdraw, extend or conclude.",
    }),
    terms: t.field({ type: TermsInput, required: false, description: "With PROPOSE_TERMS." }),
    endDate: t.field({ type: "Date", required: false, description: "With EXTEND: the new end." }),
    outcome: t.field({
      type: PartnershipOutcomeEnum,
      required: false,
      description: "With CONCLUDE.",
    }),
  }),
});

export const PartnershipPayload = builder
  .objectRef<{ partnershipId: string }>("PartnershipPayload")
  .implement({
    description: "The partnership, as it is after the change.",
    fields: (t) => ({
      partnership: t.drizzleField({
        type: PartnershipRef,
        resolve: async (query, { partnershipId }, _args, ctx) => {
          const found = await ctx.db.query.partnerships.findFirst(
            query({ where: { id: partnershipId } }),
          );
          if (!found) throw new Error("a partnership just written vanished");
          return found;
        },
      }),
    }),
  });

/** The signed-in person a partnership mutation acts for. */
export const actorOf = signedInViewer;

export function partnershipRowIdOf(id: string, at: string[]): string {
  const rowId = rowIdOf(id, "Partnership");
  if (!rowId)
    throw new NotFoundError(
      at,
      "This is not the id of a partnership: use a partnership's id field.",
    );
  return rowId;
}

/** The command a transition input asks for, its fields checked by the domain's schemas. */
function commandOf(input: {
  action: string;
  reason?: string | null;
  terms?: unknown;
  endDate?: string | null;
  outcome?: string | null;
}): PartnershipCommand {
  const reason = input.reason ?? "";
  switch (input.action) {
    case "PROPOSE_TERMS":
      if (!input.terms)
        throw new ValidationError([
          { path: ["input", "terms"], message: "Give the terms you propose." },
        ]);
      return {
        action: "PROPOSE_TERMS",
        terms: parseInput(partnershipTermsSchema, input.terms, ["input", "terms"]),
        reason,
      };
    case "EXTEND":
      if (!input.endDate)
        throw new ValidationError([
          { path: ["input", "endDate"], message: "Give the new end date." },
        ]);
      return { action: "EXTEND", endDate: input.endDate, reason };
    case "CONCLUDE":
      if (!input.outcome)
        throw new ValidationError([
          { path: ["input", "outcome"], message: "Say how the partnership ended." },
        ]);
      return { action: "CONCLUDE", outcome: input.outcome as never, reason };
    case "DECLINE":
    case "WITHDRAW":
      return { action: input.action, reason };
    case "OPEN_DISCUSSION":
      return { action: input.action, reason };
    default:
      return { action: input.action as "CONFIRM_TERMS" | "START" };
  }
}

const NoteInput = builder.inputType("RecordPartnershipNoteInput", {
  fields: (t) => ({
    partnershipId: t.id({ required: true }),
    kind: t.field({ type: PartnershipNoteKindEnum, required: true }),
    body: t.string({ required: true, description: "Up to 4,000 characters." }),
    nextReviewDate: t.field({ type: "Date", required: false, description: "With a REVIEW." }),
  }),
});

const PartnershipFilter = builder.inputType("PartnershipFilter", {
  fields: (t) => ({
    states: t.field({ type: [PartnershipStateEnum], required: false }),
  }),
});

builder.mutationFields((t) => ({
  requestPartnership: t.field({
    type: PartnershipPayload,
    description:
      "Your school asks a trust for a Trust Partnership. Members of the school only; the same idempotencyKey gives the same request.",
    args: { input: t.arg({ type: RequestInput, required: true }) },
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        PartnershipConflictError,
        PartnershipRequestLimitError,
      ],
    },
    authScopes: (_root, { input }, ctx) => actsForSchool(ctx, input.urn),
    resolve: async (_root, { input }, ctx) => {
      const request = parseInput(partnershipRequestSchema, {
        ...input,
        expectedServiceChargePounds: input.expectedServiceChargePounds ?? undefined,
        governingBodyResolutionDate: input.governingBodyResolutionDate ?? undefined,
      });
      const dateProblems = requestDateProblems(request, dateInEngland(new Date()));
      if (dateProblems.length > 0) {
        throw new ValidationError(
          dateProblems.map((p) => ({ path: ["input", ...p.path], message: p.message })),
        );
      }
      const schoolId = await schoolIdOf(ctx, request.urn);
      if (!schoolId)
        throw new NotFoundError(["input", "urn"], `There is no school with URN ${request.urn}.`);
      const trustId = rowIdOf(request.trustId, "Trust");
      const trust = trustId
        ? await ctx.db.query.trusts.findFirst({ where: { id: trustId } })
        : undefined;
      if (!trust)
        throw new NotFoundError(
          ["input", "trustId"],
          "There is no such trust: use a trust's id field.",
        );
      const made = await requestPartnership(ctx.db, {
        schoolId,
        trustId: trust.id,
        request,
        requester: actorOf(ctx),
        links: ctx.appLinks,
        beforeCreating: async () => {
          const wait = await ctx.partnershipRequestLimit.take(actorOf(ctx).id, schoolId);
          if (wait !== null) throw new PartnershipRequestLimitError(wait);
        },
      });
      if (made.created) ctx.partnershipUpdates.publish("partnership:updated", made);
      return made;
    },
  }),
  transitionPartnership: t.field({
    type: PartnershipPayload,
    description:
      "Takes one step of a partnership for your side: the school's members for the school, the trust's administrators for the trust. Curators read but do not act.",
    args: { input: t.arg({ type: TransitionInput, required: true }) },
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        PartnershipRefusedError,
        PartnershipStaleError,
        PartnershipConflictError,
      ],
    },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const partnershipId = partnershipRowIdOf(input.partnershipId, ["input", "partnershipId"]);
      const expectedVersion = parseInput(z.number().int().min(1), input.expectedVersion, [
        "input",
        "expectedVersion",
      ]);
      const changed = await transitionPartnership(ctx.db, {
        partnershipId,
        expectedVersion,
        command: commandOf(input),
        actor: actorOf(ctx),
        today: dateInEngland(new Date()),
        links: ctx.appLinks,
      });
      ctx.partnershipUpdates.publish("partnership:updated", changed);
      return changed;
    },
  }),
}));

builder.mutationFields((t) => ({
  recordPartnershipNote: t.field({
    type: PartnershipPayload,
    description:
      "Adds a message (while the partnership is open), or an activity or review (while it runs), to its history for your side, and tells the other side. Changes neither state nor version.",
    args: { input: t.arg({ type: NoteInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, PartnershipRefusedError] },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const partnershipId = partnershipRowIdOf(input.partnershipId, ["input", "partnershipId"]);
      const note = parseInput(partnershipNoteSchema, {
        kind: input.kind,
        body: input.body,
        nextReviewDate: input.nextReviewDate ?? undefined,
      });
      const noted = await recordPartnershipNote(ctx.db, {
        partnershipId,
        note,
        actor: actorOf(ctx),
        links: ctx.appLinks,
      });
      ctx.partnershipUpdates.publish("partnership:updated", noted);
      return noted;
    },
  }),
}));

builder.queryFields((t) => ({
  partnership: t.drizzleField({
    type: PartnershipRef,
    nullable: true,
    description:
      "A partnership by its id; null when there is none. Its school's members, its trust's administrators and curators only.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const rowId = rowIdOf(args.id, "Partnership");
      if (!rowId) return null;
      return ctx.db.query.partnerships
        .findFirst(query({ where: { id: rowId } }))
        .then((p) => p ?? null);
    },
  }),
}));

builder.drizzleObjectFields(SchoolRef, (t) => ({
  partnerships: t.relation("partnerships", {
    nullable: true,
    description:
      "The school's partnership requests and partnerships, newest first. Private: its members and curators.",
    authScopes: (school) => ({ schoolMember: school.id, curator: true }),
    query: { orderBy: { createdAt: "desc" } },
  }),
}));

builder.drizzleObjectFields(TrustRef, (t) => ({
  partnershipRequests: t.relation("partnerships", {
    nullable: true,
    description:
      "Partnership requests to the trust and its partnerships, newest first, optionally in some states. Private: its administrators and curators.",
    args: { filter: t.arg({ type: PartnershipFilter, required: false }) },
    authScopes: (trust) => ({ trustAdmin: trust.id, curator: true }),
    query: (args) => ({
      where: args.filter?.states?.length ? { state: { in: args.filter.states } } : {},
      orderBy: { createdAt: "desc" },
    }),
  }),
  partnershipCount: t.int({
    nullable: true,
    description:
      "How many partnership requests and partnerships the trust has had, in any state. Private: its administrators and curators.",
    authScopes: (trust) => ({ trustAdmin: trust.id, curator: true }),
    // A subquery of the trust's own statement: a page of trusts is still one query.
    select: {
      extras: {
        partnershipCount: (trust: typeof tables.trusts) =>
          sql<number>`(select count(*)::int from ${tables.partnerships} where ${tables.partnerships.trustId} = ${trust.id})`,
      },
    },
    resolve: (trust) => trust.partnershipCount,
  }),
}));
