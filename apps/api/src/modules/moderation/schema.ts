import { tables } from "@atlas/db";
import { moderationDecisionSchema } from "@atlas/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { signedInViewer } from "../../shared/actor.ts";
import { ModerationDecisionEnum, ModerationStateEnum } from "../../shared/enums.ts";
import { NotFoundError, parseInput, ValidationError } from "../../shared/errors.ts";
import { globalIdOf, rowIdOf } from "../../shared/global-id.ts";
import { searchConnection } from "../../shared/search-connection.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { AlreadyModeratedError } from "./errors.ts";
import { moderationQueueCondition } from "./queue.ts";
import { decideModeration, type ModeratedVersion } from "./service.ts";
import {
  type ModerationSettings,
  readModerationSettings,
  setApprovalRequired,
} from "./settings.ts";

builder.objectType(AlreadyModeratedError, {
  name: "AlreadyModeratedError",
  description:
    "The version left the queue before your decision: another curator decided it, or it was unpublished. Nothing was changed.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    state: t.expose("state", { type: ModerationStateEnum }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    decidedBy: t.exposeString("decidedBy", { nullable: true }),
  }),
});

export const TrustDocumentKindEnum = builder.enumType("TrustDocumentKind", {
  description: "What a trust publishes: its profile, or its scheme of delegation.",
  values: {
    PROFILE: { description: "The trust's profile." },
    SCHEME_OF_DELEGATION: { description: "The trust's scheme of delegation." },
  },
});

const versionTypename = (kind: "PROFILE" | "SCHEME_OF_DELEGATION") =>
  kind === "PROFILE" ? "TrustProfileVersion" : "SchemeOfDelegationVersion";

/**
 * A published version as the moderation queue shows it, with its trust. The same row as the
 * trust's own TrustProfileVersion or SchemeOfDelegationVersion, whose id it carries.
 */
export const ModerationItemRef = builder.drizzleObject("trustDocumentVersions", {
  variant: "ModerationItem",
  description:
    "A newly published profile or scheme version waiting for a curator. Private: curators.",
  authScopes: { curator: true },
  fields: (t) => ({
    id: t.id({
      description:
        "The version's global ID (a TrustProfileVersion's or SchemeOfDelegationVersion's).",
      resolve: (v) => globalIdOf(versionTypename(v.kind), v.id),
    }),
    kind: t.expose("kind", { type: TrustDocumentKindEnum }),
    number: t.exposeInt("number"),
    changeSummary: t.exposeString("changeSummary"),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
    publishedBy: t.string({
      nullable: true,
      select: { with: { publishedByUser: { columns: { name: true } } } },
      resolve: (v) => v.publishedByUser?.name ?? null,
    }),
    held: t.exposeBoolean("held", {
      description: "True when it waits for approval before the public sees it.",
    }),
    state: t.expose("moderationState", { type: ModerationStateEnum }),
    trust: t.relation("trust"),
  }),
});

interface ModerationRecord {
  state: "PENDING" | "APPROVED" | "CHANGES_REQUESTED" | "UNPUBLISHED";
  decidedAt: Date | null;
  decidedBy: string | null;
  comment: string | null;
}

export const ModerationRecordRef = builder
  .objectRef<ModerationRecord>("ModerationRecord")
  .implement({
    description: "Where a published version stands with the curators, and what they said.",
    fields: (t) => ({
      state: t.expose("state", { type: ModerationStateEnum }),
      decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
      decidedBy: t.exposeString("decidedBy", {
        nullable: true,
        description: "The curator's name; null while pending or when their account is gone.",
      }),
      comment: t.exposeString("comment", {
        nullable: true,
        description: "What the curator told the trust: the changes to make, or why it came down.",
      }),
    }),
  });

const ModerationSettingsRef = builder
  .objectRef<ModerationSettings>("ModerationSettings")
  .implement({
    description: "How curators moderate what trusts publish, for every trust.",
    fields: (t) => ({
      approvalRequired: t.exposeBoolean("approvalRequired", {
        description:
          "True: a new profile or scheme version waits for a curator's approval before the public sees it. False: it goes live at once and is moderated after.",
      }),
      updatedAt: t.expose("updatedAt", { type: "DateTime", nullable: true }),
      updatedBy: t.exposeString("updatedBy", {
        nullable: true,
        description: "The curator who last changed it. Private: curators.",
        authScopes: { curator: true },
      }),
    }),
  });

const ModerationSettingsPayload = builder
  .objectRef<{ ok: true }>("ModerationSettingsPayload")
  .implement({
    fields: (t) => ({
      settings: t.field({
        type: ModerationSettingsRef,
        resolve: (_p, _a, ctx) => readModerationSettings(ctx.db),
      }),
    }),
  });

const DecideModerationPayload = builder
  .objectRef<{ versionId: string }>("DecideModerationPayload")
  .implement({
    description: "The version as the decision left it.",
    fields: (t) => ({
      item: t.drizzleField({
        type: ModerationItemRef,
        resolve: async (query, { versionId }, _args, ctx) => {
          const found = await ctx.db.query.trustDocumentVersions.findFirst(
            query({ where: { id: versionId } }),
          );
          if (!found) throw new Error("a moderated version vanished");
          return found;
        },
      }),
    }),
  });

const DecideModerationInput = builder.inputType("DecideModerationInput", {
  fields: (t) => ({
    versionId: t.id({
      required: true,
      description:
        "The ModerationItem's id (a TrustProfileVersion's or SchemeOfDelegationVersion's).",
    }),
    decision: t.field({ type: ModerationDecisionEnum, required: true }),
    comment: t.string({
      required: false,
      description:
        "Required to ask for changes (what to change) or to unpublish (why): the trust reads it.",
    }),
  }),
});

const SetModerationSettingsInput = builder.inputType("SetModerationSettingsInput", {
  fields: (t) => ({ approvalRequired: t.boolean({ required: true }) }),
});

const ModerationQueueFilter = builder.inputType("ModerationQueueFilter", {
  fields: (t) => ({
    kind: t.field({ type: TrustDocumentKindEnum, required: false }),
    held: t.boolean({ required: false, description: "Only held versions (true) or live ones." }),
    trustId: t.id({ required: false, description: "Only this trust's versions." }),
  }),
});

/** A row id no trust has: a filter by a malformed trust id matches nothing. */
const NO_TRUST = "00000000-0000-0000-0000-000000000000";

const queueSearch = searchConnection({
  table: tables.trustDocumentVersions,
  filterSchema: z.object({
    kind: z.enum(["PROFILE", "SCHEME_OF_DELEGATION"]).nullish(),
    held: z.boolean().nullish(),
    // A trust's global ID: read as its row id; one that names no trust keeps nothing.
    trustId: z
      .string()
      .nullish()
      .transform((id) => (id == null ? null : (rowIdOf(id, "Trust") ?? NO_TRUST))),
  }),
  condition: moderationQueueCondition,
});

builder.queryFields((t) => ({
  moderationQueue: t.drizzleConnection({
    type: ModerationItemRef,
    description:
      "Newly published profile and scheme versions no curator has decided on yet, oldest first. Curators only.",
    args: { filter: t.arg({ type: ModerationQueueFilter, required: false }) },
    authScopes: { curator: true },
    totalCount: queueSearch.totalCount,
    resolve: async (query, _parent, args, ctx) => {
      // The variant's planned query types as the bare table's; the rows are the full versions.
      const rows: unknown = await ctx.db.query.trustDocumentVersions.findMany(
        query({ where: queueSearch.where(args), orderBy: { publishedAt: "asc", id: "asc" } }),
      );
      return rows as ModeratedVersion[];
    },
  }),
  moderationSettings: t.field({
    type: ModerationSettingsRef,
    description:
      "Whether new versions wait for a curator's approval before publication. Signed-in people only: a trust's administrators read it before publishing.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => readModerationSettings(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  decideModeration: t.field({
    type: DecideModerationPayload,
    description:
      "Decides a version in the moderation queue: approve it (a held version then goes public), ask the trust for changes with a comment, or unpublish it with a reason. The trust's administrators are emailed. Curators only.",
    args: { input: t.arg({ type: DecideModerationInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, AlreadyModeratedError] },
    authScopes: { curator: true },
    resolve: async (_root, { input }, ctx) => {
      const versionId =
        rowIdOf(input.versionId, "TrustProfileVersion") ??
        rowIdOf(input.versionId, "SchemeOfDelegationVersion");
      if (!versionId) {
        throw new NotFoundError(["input", "versionId"], "This is not a published version's id.");
      }
      const decision = parseInput(moderationDecisionSchema, {
        decision: input.decision,
        comment: input.comment ?? undefined,
      });
      const row = await decideModeration(ctx.db, {
        versionId,
        decision,
        curator: signedInViewer(ctx),
        links: ctx.appLinks,
      });
      return { versionId: row.id };
    },
  }),
  setModerationSettings: t.field({
    type: ModerationSettingsPayload,
    description:
      "Requires (or stops requiring) a curator's approval before new profile and scheme versions are public, for every trust from its next publish. Curators only.",
    args: { input: t.arg({ type: SetModerationSettingsInput, required: true }) },
    errors: { types: [ValidationError] },
    authScopes: { curator: true },
    resolve: async (_root, { input }, ctx) => {
      await setApprovalRequired(ctx.db, {
        approvalRequired: input.approvalRequired,
        curator: signedInViewer(ctx),
      });
      return { ok: true as const };
    },
  }),
}));
