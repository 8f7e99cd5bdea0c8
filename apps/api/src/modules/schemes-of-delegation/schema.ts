import {
  type AreaAutonomy,
  completeGrid,
  type DelegationDecision,
  type DelegationTier,
  localAutonomyIndex,
  type ResponsibilityLevel,
  type SchemeGrid,
  schemeDiff,
  schemeOfDelegationInputSchema,
  storedGrid,
} from "@atlas/domain";
import { builder } from "../../builder.ts";
import {
  DecisionAreaEnum,
  DelegationDecisionEnum,
  DelegationTierEnum,
  ResponsibilityLevelEnum,
} from "../../shared/enums.ts";
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

const SCHEME = "SCHEME_OF_DELEGATION" as const;

/** What a scheme's rows hold: its filled cells in order (storedGrid), checked before storing. */
interface SchemeContent {
  cells: SchemeGrid;
}
/** The complete grid of a stored scheme. */
const cellsOf = (row: { content: unknown }) => completeGrid((row.content as SchemeContent).cells);

const SchemeCellRef = builder.objectRef<SchemeGrid[number]>("SchemeCell").implement({
  description: "What one tier does about one decision.",
  fields: (t) => ({
    decision: t.expose("decision", { type: DelegationDecisionEnum }),
    tier: t.expose("tier", { type: DelegationTierEnum }),
    level: t.expose("level", {
      type: ResponsibilityLevelEnum,
      nullable: true,
      description: "Null: this tier takes no part.",
    }),
  }),
});

const AreaAutonomyRef = builder.objectRef<AreaAutonomy>("AreaAutonomy").implement({
  description:
    "How much of an area's decisions the school makes itself (its local governing body or headteacher).",
  fields: (t) => ({
    area: t.expose("area", { type: DecisionAreaEnum }),
    index: t.exposeFloat("index", {
      description: "The share of the area's decisions made locally, from 0 to 1.",
    }),
  }),
});

/** A change between two stored grids, whose keys are all ours (they were checked on saving). */
interface KnownSchemeChange {
  decision: DelegationDecision;
  tier: DelegationTier;
  before: ResponsibilityLevel | null;
  after: ResponsibilityLevel | null;
}
const changesBetween = (before: SchemeGrid, after: SchemeGrid) =>
  schemeDiff(before, after) as KnownSchemeChange[];

const SchemeChangeRef = builder.objectRef<KnownSchemeChange>("SchemeChange").implement({
  description: "One cell of the grid that changed between two versions of a scheme.",
  fields: (t) => ({
    decision: t.expose("decision", { type: DelegationDecisionEnum }),
    tier: t.expose("tier", { type: DelegationTierEnum }),
    before: t.expose("before", { type: ResponsibilityLevelEnum, nullable: true }),
    after: t.expose("after", { type: ResponsibilityLevelEnum, nullable: true }),
  }),
});

const SchemeContentRef = builder
  .interfaceRef<{ content: unknown }>("SchemeOfDelegationContent")
  .implement({
    description: "A scheme of delegation: who decides what, tier by tier.",
    fields: (t) => ({
      cells: t.field({
        type: [SchemeCellRef],
        description: "Every decision × tier, in decision then tier order.",
        resolve: (r) => cellsOf(r),
      }),
      autonomy: t.field({
        type: [AreaAutonomyRef],
        description: "The local-autonomy index of each decision area.",
        resolve: (r) => localAutonomyIndex(cellsOf(r)),
      }),
    }),
  });

export const SchemeVersionRef = builder.drizzleObject("trustDocumentVersions", {
  variant: "SchemeOfDelegationVersion",
  description: "A published version of a trust's scheme of delegation. It never changes.",
  interfaces: [PublishedVersionRef, SchemeContentRef],
  fields: (t) => ({
    changes: t.field({
      type: [SchemeChangeRef],
      nullable: true,
      description:
        "The cells that changed from the version before (every filled cell, for the first). Private: the trust's administrators and curators.",
      authScopes: (v) => trustEditorsAndCurators(v.trustId),
      resolve: async (v, _args, ctx) => {
        const before = (await contentBefore(ctx.db, v)) as SchemeContent | undefined;
        return changesBetween(before?.cells ?? [], cellsOf(v));
      },
    }),
  }),
});

const SchemeDraftRef = builder.drizzleObject("trustDocumentDrafts", {
  variant: "SchemeOfDelegationDraft",
  description: "The scheme its administrators are editing; the public does not see it.",
  interfaces: [DocumentDraftRef, SchemeContentRef],
  fields: (t) => ({
    unpublishedChanges: t.field({
      type: [SchemeChangeRef],
      description: "How the draft differs from the version the public sees (all of it, if none).",
      select: {
        with: {
          trust: {
            columns: { id: true },
            with: {
              liveSchemeOfDelegationVersions: {
                columns: { content: true },
                orderBy: { number: "desc" },
                limit: 1,
              },
            },
          },
        },
      },
      resolve: (d) => {
        const live = d.trust.liveSchemeOfDelegationVersions[0];
        return changesBetween(live ? cellsOf(live) : [], cellsOf(d));
      },
    }),
  }),
});

builder.drizzleObjectFields(TrustRef, (t) => ({
  schemeOfDelegation: t.field({
    type: SchemeVersionRef,
    nullable: true,
    description:
      "The newest published version of the trust's scheme of delegation; null when none.",
    select: (_args, _ctx, nestedSelection) => ({
      with: {
        liveSchemeOfDelegationVersions: nestedSelection({ orderBy: { number: "desc" }, limit: 1 }),
      },
    }),
    resolve: (trust) => versionsLoaded(trust, "liveSchemeOfDelegationVersions")[0] ?? null,
  }),
  schemeOfDelegationDraft: t.relation("schemeOfDelegationDraft", {
    type: SchemeDraftRef,
    nullable: true,
    description:
      "The draft being edited; null when none. Private: the trust's administrators and curators.",
    authScopes: (trust) => trustEditorsAndCurators(trust.id),
  }),
  schemeOfDelegationHistory: t.field({
    type: [SchemeVersionRef],
    nullable: true,
    description:
      "Every published version, newest first, unpublished ones too. Private: the trust's administrators and curators.",
    authScopes: (trust) => trustEditorsAndCurators(trust.id),
    select: (_args, _ctx, nestedSelection) => ({
      with: { schemeOfDelegationVersions: nestedSelection({ orderBy: { number: "desc" } }) },
    }),
    resolve: (trust) => asHistory(versionsLoaded(trust, "schemeOfDelegationVersions")),
  }),
}));

const SchemeCellInput = builder.inputType("SchemeCellInput", {
  fields: (t) => ({
    decision: t.field({ type: DelegationDecisionEnum, required: true }),
    tier: t.field({ type: DelegationTierEnum, required: true }),
    level: t.field({ type: ResponsibilityLevelEnum, description: "Leave out for no part." }),
  }),
});

const SaveInput = builder.inputType("SaveSchemeOfDelegationDraftInput", {
  fields: (t) => ({
    trustId: t.id({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: "The draft version you started from (its version field), 0 if none.",
    }),
    cells: t.field({
      type: [SchemeCellInput],
      required: true,
      description:
        "The grid; a cell left out takes no part. Each decision needs one tier deciding.",
    }),
  }),
});

const scheme = { kind: SCHEME, name: "SchemeOfDelegation", words: "scheme of delegation" } as const;
const SavePayload = draftPayload(scheme, SchemeDraftRef);
definePublishing(scheme, SchemeVersionRef);

builder.mutationField("saveSchemeOfDelegationDraft", (t) =>
  t.field({
    type: SavePayload,
    description:
      "Saves the trust's scheme of delegation draft, if no one saved it since expectedVersion. Trust administrators only.",
    args: { input: t.arg({ type: SaveInput, required: true }) },
    errors: { types: [ValidationError, VersionConflictError] },
    authScopes: (_root, { input }) => editsTrust(input),
    resolve: async (_root, { input }, ctx) => {
      const trustId = rowIdOf(input.trustId, "Trust") ?? "";
      const expectedVersion = parseExpectedVersion(input.expectedVersion);
      const cells = parseInput(
        schemeOfDelegationInputSchema,
        input.cells.map((c) => ({ ...c, level: c.level ?? null })),
        ["input", "cells"],
      );
      const content: SchemeContent = { cells: storedGrid(cells) };
      await saveDraft(
        ctx.db,
        { trustId, kind: SCHEME },
        { expectedVersion, content, editorId: actorOf(ctx) },
      );
      return { trustId };
    },
  }),
);
