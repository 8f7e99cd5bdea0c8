import { builder } from "../../builder.ts";
import { globalIdOf } from "../../shared/global-id.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { ModerationRecordRef } from "../moderation/schema.ts";
import { AlreadyUnpublishedError, NothingToPublishError, VersionConflictError } from "./errors.ts";

/** Who may see how a trust's documents came to be: its own administrators, and curators. */
export const trustEditorsAndCurators = (trustId: string) => ({
  $any: { curator: true, trustAdmin: trustId },
});

builder.objectType(VersionConflictError, {
  name: "VersionConflictError",
  description:
    "The draft was saved by someone else since you loaded it. Nothing was written: reload the draft and make your change again.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt("currentVersion", {
      description: "The draft's version now (0 when there is no draft).",
    }),
    changedBy: t.exposeString("changedBy", {
      nullable: true,
      description: "The name of who saved the newer draft; null when not known.",
    }),
    changedAt: t.expose("changedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the newer draft was saved.",
    }),
  }),
});

builder.objectType(NothingToPublishError, {
  name: "NothingToPublishError",
  description: "There is no draft, or it is the same as the version the public sees now.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    publishedNumber: t.exposeInt("publishedNumber", {
      nullable: true,
      description: "The number of the published version the draft equals.",
    }),
  }),
});

builder.objectType(AlreadyUnpublishedError, {
  name: "AlreadyUnpublishedError",
  description: "The version was unpublished before; the first reason stays on record.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    unpublishedAt: t.expose("unpublishedAt", { type: "DateTime" }),
    reason: t.exposeString("reason"),
  }),
});

interface Unpublication {
  at: Date;
  by: string | null;
  reason: string;
}

const UnpublicationRef = builder.objectRef<Unpublication>("Unpublication").implement({
  description: "A curator took a published version down, and why.",
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime" }),
    by: t.exposeString("by", {
      nullable: true,
      description: "The curator's name; null when their account is gone.",
    }),
    reason: t.exposeString("reason"),
  }),
});

/**
 * What every published version has, profile or scheme: its number, summary and publication.
 * Versions are reached only through their trust (whose fields decide who sees which), never
 * refetched on their own, so they carry a global id but are not nodes.
 */
export const PublishedVersionRef = builder.drizzleInterface("trustDocumentVersions", {
  variant: "PublishedVersion",
  description: "A published version of a trust's profile or scheme of delegation.",
  resolveType: (version) =>
    version.kind === "PROFILE" ? "TrustProfileVersion" : "SchemeOfDelegationVersion",
  fields: (t) => ({
    id: t.id({
      description: "The version's global ID (for unpublishing it).",
      resolve: (v) =>
        globalIdOf(
          v.kind === "PROFILE" ? "TrustProfileVersion" : "SchemeOfDelegationVersion",
          v.id,
        ),
    }),
    number: t.exposeInt("number", { description: "1 for the first version published, then 2…" }),
    changeSummary: t.exposeString("changeSummary", {
      description: "What the trust said it changed in this version.",
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
    publishedBy: t.string({
      nullable: true,
      description:
        "The name of who published it. Private: the trust's administrators and curators; null when their account is gone.",
      authScopes: (v) => trustEditorsAndCurators(v.trustId),
      select: { with: { publishedByUser: { columns: { name: true } } } },
      resolve: (v) => v.publishedByUser?.name ?? null,
    }),
    unpublished: t.field({
      type: UnpublicationRef,
      nullable: true,
      description:
        "Set when a curator took the version down. Private: the trust's administrators and curators.",
      authScopes: (v) => trustEditorsAndCurators(v.trustId),
      select: { with: { unpublishedByUser: { columns: { name: true } } } },
      resolve: (v) =>
        v.unpublishedAt
          ? {
              at: v.unpublishedAt,
              by: v.unpublishedByUser?.name ?? null,
              reason: v.unpublishReason ?? "",
            }
          : null,
    }),
    held: t.exposeBoolean("held", {
      description:
        "True while it waits for a curator's approval: the public does not see it yet. Private: the trust's administrators and curators.",
      authScopes: (v) => trustEditorsAndCurators(v.trustId),
    }),
    moderation: t.field({
      type: ModerationRecordRef,
      description:
        "Where it stands with the curators, with their comment. Private: the trust's administrators and curators.",
      authScopes: (v) => trustEditorsAndCurators(v.trustId),
      select: { with: { moderatedByUser: { columns: { name: true } } } },
      resolve: (v) => ({
        state: v.moderationState,
        decidedAt: v.moderatedAt,
        decidedBy: v.moderatedByUser?.name ?? null,
        comment: v.moderationComment,
      }),
    }),
  }),
});

/** What every draft has, profile or scheme: the version to send back, and who saved it when. */
export const DocumentDraftRef = builder.drizzleInterface("trustDocumentDrafts", {
  variant: "DocumentDraft",
  description: "A trust's working copy of its profile or scheme; the public does not see it.",
  resolveType: (draft) =>
    draft.kind === "PROFILE" ? "TrustProfileDraft" : "SchemeOfDelegationDraft",
  fields: (t) => ({
    version: t.exposeInt("version", {
      description: "Counts saves; send it as expectedVersion with the next save or publish.",
    }),
    savedAt: t.expose("savedAt", { type: "DateTime" }),
    savedBy: t.string({
      nullable: true,
      description: "The name of who saved it last; null when their account is gone.",
      select: { with: { savedByUser: { columns: { name: true } } } },
      resolve: (d) => d.savedByUser?.name ?? null,
    }),
  }),
});
