import type { TrustDocumentKind } from "@atlas/db";
import type { DrizzleObjectRef } from "@pothos/plugin-drizzle";
import { builder } from "../../builder.ts";
import { signedInViewer } from "../../shared/actor.ts";
import { ValidationError } from "../../shared/errors.ts";
import { rowIdOf } from "../../shared/global-id.ts";
import { AlreadyUnpublishedError, NothingToPublishError, VersionConflictError } from "./errors.ts";
import { editsTrust, parsePublishInput, parseUnpublishInput } from "./inputs.ts";
import { withTrust } from "./payload.ts";
import {
  type DraftRow,
  findVersion,
  publishDraft,
  unpublishVersion,
  type VersionRow,
} from "./service.ts";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

interface DocumentNames {
  kind: TrustDocumentKind;
  /** The document's name in type and mutation names: TrustProfile, SchemeOfDelegation. */
  name: "TrustProfile" | "SchemeOfDelegation";
  /** In words, for descriptions and messages: "profile", "scheme of delegation". */
  words: string;
}

/** A save's payload: the draft as saved, and its trust. */
export function draftPayload(
  document: DocumentNames,
  draftRef: DrizzleObjectRef<Types, "trustDocumentDrafts", DraftRow>,
) {
  return withTrust(
    builder.objectRef<{ trustId: string }>(`Save${document.name}DraftPayload`).implement({
      fields: (t) => ({
        draft: t.drizzleField({
          type: draftRef,
          description: "The draft as saved, with its new version.",
          resolve: async (query, { trustId }, _args, ctx) => {
            const draft = await ctx.db.query.trustDocumentDrafts.findFirst(
              query({ where: { trustId, kind: document.kind } }),
            );
            if (!draft) throw new Error("a saved draft vanished");
            return draft;
          },
        }),
      }),
    }),
  );
}

/**
 * The publish and unpublish mutations of one kind of document: the same life for the profile
 * and the scheme, under each one's own names.
 */
export function definePublishing(
  document: DocumentNames,
  versionRef: DrizzleObjectRef<Types, "trustDocumentVersions", VersionRow>,
) {
  const versionTypename = `${document.name}Version` as const;
  const versionPayload = (name: string, description: string) =>
    withTrust(
      builder.objectRef<{ versionId: string; trustId: string }>(name).implement({
        fields: (t) => ({
          version: t.drizzleField({
            type: versionRef,
            description,
            resolve: async (query, { versionId }, _args, ctx) => {
              const version = await ctx.db.query.trustDocumentVersions.findFirst(
                query({ where: { id: versionId } }),
              );
              if (!version) throw new Error("a version vanished");
              return version;
            },
          }),
        }),
      }),
    );

  const PublishInput = builder.inputType(`Publish${document.name}Input`, {
    fields: (t) => ({
      trustId: t.id({ required: true }),
      expectedVersion: t.int({
        required: true,
        description: "The draft version you checked and mean to publish.",
      }),
      changeSummary: t.string({ required: true, description: "What changed, for the history." }),
    }),
  });
  const UnpublishInput = builder.inputType(`Unpublish${versionTypename}Input`, {
    fields: (t) => ({
      versionId: t.id({ required: true, description: `The ${versionTypename}'s id.` }),
      reason: t.string({ required: true, description: "Why, for the trust and the record." }),
    }),
  });

  builder.mutationField(`publish${document.name}`, (t) =>
    t.field({
      type: versionPayload(
        `Publish${document.name}Payload`,
        "The version just published: public now, or held for a curator's approval (see held).",
      ),
      description: `Publishes the draft as the next version of the ${document.words}, with a summary of what changed. Trust administrators only.`,
      args: { input: t.arg({ type: PublishInput, required: true }) },
      errors: { types: [ValidationError, VersionConflictError, NothingToPublishError] },
      authScopes: (_root, { input }) => editsTrust(input),
      resolve: async (_root, { input }, ctx) => {
        const trustId = rowIdOf(input.trustId, "Trust") ?? "";
        const { expectedVersion, changeSummary } = parsePublishInput(input);
        const version = await publishDraft(
          ctx.db,
          { trustId, kind: document.kind },
          { expectedVersion, changeSummary, publisher: signedInViewer(ctx) },
        );
        return { versionId: version.id, trustId };
      },
    }),
  );

  builder.mutationField(`unpublish${versionTypename}`, (t) =>
    t.field({
      type: versionPayload(
        `Unpublish${versionTypename}Payload`,
        "The version taken down, with who did it and why.",
      ),
      description: `Takes a published version of a ${document.words} down, with the reason; the public then sees the version before it, if any. Curators only.`,
      args: { input: t.arg({ type: UnpublishInput, required: true }) },
      errors: { types: [ValidationError, AlreadyUnpublishedError] },
      authScopes: { curator: true },
      resolve: async (_root, { input }, ctx) => {
        const { versionId, reason } = parseUnpublishInput(input, versionTypename);
        const version = await findVersion(ctx.db, versionId, document.kind);
        if (!version) {
          throw new ValidationError([
            {
              path: ["input", "versionId"],
              message: `There is no such ${document.words} version.`,
            },
          ]);
        }
        await unpublishVersion(ctx.db, version, { reason, curator: signedInViewer(ctx) });
        return { versionId, trustId: version.trustId };
      },
    }),
  );
}
