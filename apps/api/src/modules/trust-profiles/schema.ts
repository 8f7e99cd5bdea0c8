import { profileDiff, trustProfileInputSchema } from "@atlas/domain";
import { builder } from "../../builder.ts";
import { parseInput, ValidationError } from "../../shared/errors.ts";
import { rowIdOf } from "../../shared/global-id.ts";
import { VersionConflictError } from "../trust-documents/errors.ts";
import { asHistory, contentBefore, versionsLoaded } from "../trust-documents/history.ts";
import { actorOf, editsTrust, parseExpectedVersion } from "../trust-documents/inputs.ts";
import { definePublishing, draftPayload } from "../trust-documents/publishing.ts";
import {
  DocumentDraftRef,
  PublishedVersionRef,
  trustEditorsAndCurators,
} from "../trust-documents/schema.ts";
import { saveDraft } from "../trust-documents/service.ts";
import { TrustRef } from "../trusts/schema.ts";
import { TrustProfileContent } from "./content-types.ts";
import { TrustProfileInput } from "./input-types.ts";
import { profileFromInput } from "./profile-input.ts";

const PROFILE = "PROFILE" as const;

const ProfileChangeRef = builder
  .objectRef<{ field: string; before: unknown; after: unknown }>("ProfileChange")
  .implement({
    description: "One field that changed between two versions of a profile.",
    fields: (t) => ({
      field: t.exposeString("field", {
        description: "The field's dotted path, e.g. finance.reserves.targetPercent.",
      }),
      before: t.expose("before", { type: "JSON", nullable: true, description: "Null: not given." }),
      after: t.expose("after", { type: "JSON", nullable: true, description: "Null: not given." }),
    }),
  });

export const TrustProfileVersionRef = builder.drizzleObject("trustDocumentVersions", {
  variant: "TrustProfileVersion",
  description: "A published version of a trust's profile. Its content never changes.",
  interfaces: [PublishedVersionRef, TrustProfileContent],
  fields: (t) => ({
    changes: t.field({
      type: [ProfileChangeRef],
      nullable: true,
      description:
        "What changed from the version before (every field, for the first). Private: the trust's administrators and curators.",
      authScopes: (v) => trustEditorsAndCurators(v.trustId),
      resolve: async (v, _args, ctx) =>
        profileDiff((await contentBefore(ctx.db, v)) ?? {}, v.content),
    }),
  }),
});

const TrustProfileDraftRef = builder.drizzleObject("trustDocumentDrafts", {
  variant: "TrustProfileDraft",
  description: "The profile its administrators are editing; the public does not see it.",
  interfaces: [DocumentDraftRef, TrustProfileContent],
  fields: (t) => ({
    unpublishedChanges: t.field({
      type: [ProfileChangeRef],
      description: "How the draft differs from the version the public sees (all of it, if none).",
      select: {
        with: {
          trust: {
            columns: { id: true },
            with: {
              liveProfileVersions: {
                columns: { content: true },
                orderBy: { number: "desc" },
                limit: 1,
              },
            },
          },
        },
      },
      resolve: (d) => profileDiff(d.trust.liveProfileVersions[0]?.content ?? {}, d.content),
    }),
  }),
});

builder.drizzleObjectFields(TrustRef, (t) => ({
  profile: t.field({
    type: TrustProfileVersionRef,
    nullable: true,
    description: "The newest published version of the trust's profile; null when there is none.",
    select: (_args, _ctx, nestedSelection) => ({
      with: {
        liveProfileVersions: nestedSelection({ orderBy: { number: "desc" }, limit: 1 }),
      },
    }),
    resolve: (trust) => versionsLoaded(trust, "liveProfileVersions")[0] ?? null,
  }),
  profileDraft: t.relation("profileDraft", {
    type: TrustProfileDraftRef,
    nullable: true,
    description:
      "The draft being edited; null when none. Private: the trust's administrators and curators.",
    authScopes: (trust) => trustEditorsAndCurators(trust.id),
  }),
  profileHistory: t.field({
    type: [TrustProfileVersionRef],
    nullable: true,
    description:
      "Every published version, newest first, unpublished ones too. Private: the trust's administrators and curators.",
    authScopes: (trust) => trustEditorsAndCurators(trust.id),
    select: (_args, _ctx, nestedSelection) => ({
      with: { profileVersions: nestedSelection({ orderBy: { number: "desc" } }) },
    }),
    resolve: (trust) => asHistory(versionsLoaded(trust, "profileVersions")),
  }),
}));

const SaveInput = builder.inputType("SaveTrustProfileDraftInput", {
  fields: (t) => ({
    trustId: t.id({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: "The draft version you started from (its version field), 0 if none.",
    }),
    profile: t.field({ type: TrustProfileInput, required: true }),
  }),
});

const profile = { kind: PROFILE, name: "TrustProfile", words: "profile" } as const;
const SavePayload = draftPayload(profile, TrustProfileDraftRef);
definePublishing(profile, TrustProfileVersionRef);

builder.mutationFields((t) => ({
  saveTrustProfileDraft: t.field({
    type: SavePayload,
    description:
      "Saves the trust's profile draft, if no one saved it since expectedVersion. Trust administrators only.",
    args: { input: t.arg({ type: SaveInput, required: true }) },
    errors: { types: [ValidationError, VersionConflictError] },
    authScopes: (_root, { input }) => editsTrust(input),
    resolve: async (_root, { input }, ctx) => {
      const trustId = rowIdOf(input.trustId, "Trust") ?? "";
      const expectedVersion = parseExpectedVersion(input.expectedVersion);
      const at = ["input", "profile"];
      const { profile, issues } = profileFromInput(input.profile, at);
      const content = parseInput(trustProfileInputSchema, profile, at, issues);
      await saveDraft(
        ctx.db,
        { trustId, kind: PROFILE },
        { expectedVersion, content, editorId: actorOf(ctx) },
      );
      return { trustId };
    },
  }),
}));
