import { tables } from "@atlas/db";
import { type AuditSubject, auditLogFilterSchema } from "@atlas/domain";
import { builder } from "../../builder.ts";
import { AuditActionEnum, AuditSubjectEnum } from "../../shared/enums.ts";
import { badUserInput } from "../../shared/errors.ts";
import { type GlobalIdTypename, globalIdOf, rowIdOf } from "../../shared/global-id.ts";
import { searchConnection } from "../../shared/search-connection.ts";
import { auditLogCondition } from "./service.ts";

const subjectTypename: Record<AuditSubject, GlobalIdTypename> = {
  TRUST: "Trust",
  SCHOOL: "School",
  TRUST_DOCUMENT_VERSION: "PublishedVersion",
  CLAIM: "Claim",
  ROLE_GRANT: "RoleGrant",
  INVITATION: "Invitation",
  COLLECTION: "Collection",
  SETTINGS: "ModerationSettings",
};

builder.drizzleObject("auditEvents", {
  name: "AuditEvent",
  description:
    "One privileged action: who took it, when, what it was about, and the state before and after. Entries cannot be changed or removed. Private: curators.",
  authScopes: { curator: true },
  fields: (t) => ({
    id: t.string({ resolve: (e) => globalIdOf("AuditEvent", e.id) }),
    at: t.expose("at", { type: "DateTime" }),
    actorName: t.exposeString("actorName", {
      nullable: true,
      description: "Who acted, as they were named then; null for the system.",
    }),
    action: t.expose("action", { type: AuditActionEnum }),
    subjectType: t.expose("subjectType", { type: AuditSubjectEnum }),
    subjectId: t.string({
      description: "The global ID of what it was about.",
      resolve: (e) => globalIdOf(subjectTypename[e.subjectType], e.subjectId),
    }),
    trustId: t.string({
      nullable: true,
      description: "The trust concerned, if any (its global ID, kept after the trust is gone).",
      resolve: (e) => (e.trustId ? globalIdOf("Trust", e.trustId) : null),
    }),
    summary: t.exposeString("summary"),
    reason: t.exposeString("reason", { nullable: true }),
    before: t.field({ type: "JSON", nullable: true, resolve: (e) => e.before }),
    after: t.field({ type: "JSON", nullable: true, resolve: (e) => e.after }),
  }),
});

const AuditLogFilter = builder.inputType("AuditLogFilter", {
  description: "Narrows the audit log; every part is optional.",
  fields: (t) => ({
    actions: t.field({ type: [AuditActionEnum], required: false }),
    subjectTypes: t.field({ type: [AuditSubjectEnum], required: false }),
    trustId: t.id({ required: false, description: "Only entries about this trust." }),
    from: t.field({ type: "Date", required: false, description: "From this day (London)." }),
    to: t.field({ type: "Date", required: false, description: "To this day, inclusive." }),
  }),
});

const auditSearch = searchConnection({
  table: tables.auditEvents,
  filterSchema: auditLogFilterSchema,
  condition: auditLogCondition,
});

/** The filter as the domain reads it: the trust's global ID turned into its row id. */
function withTrustRowId(filter: { trustId?: string | null } | null | undefined) {
  if (!filter?.trustId) return filter ?? {};
  const trustId = rowIdOf(filter.trustId, "Trust");
  if (!trustId)
    throw badUserInput("This is not a trust ID: use the id field of a Trust.", [
      "filter",
      "trustId",
    ]);
  return { ...filter, trustId };
}

builder.queryFields((t) => ({
  auditLog: t.drizzleConnection({
    type: "auditEvents",
    description:
      "Every privileged action (publishing, unpublishing, verifying, claim decisions, roles, invitations, collections), newest first. Curators only.",
    args: { filter: t.arg({ type: AuditLogFilter, required: false }) },
    authScopes: { curator: true },
    totalCount: (parent, args, ctx) =>
      auditSearch.totalCount(parent, { filter: withTrustRowId(args.filter) }, ctx),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.query.auditEvents.findMany(
        query({
          where: auditSearch.where({ ...args, filter: withTrustRowId(args.filter) }),
          orderBy: { at: "desc", id: "desc" },
        }),
      ),
  }),
}));
