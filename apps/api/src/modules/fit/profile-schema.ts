import { fitDimensions, fitPreferencesSchema, urnSchema } from "@atlas/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { DecisionAreaEnum, PhaseEnum, TrustValueEnum } from "../../shared/enums.ts";
import { NotFoundError, parseInput, ValidationError } from "../../shared/errors.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { actsForSchool, schoolIdOf } from "../schools/member-scopes.ts";
import { withSchool } from "../schools/payload-school.ts";
import { SchoolRef } from "../schools/schema.ts";
import { actorOf } from "../trust-documents/inputs.ts";
import { FitProfileConflictError } from "./errors.ts";
import { saveFitProfile } from "./profile-service.ts";
import { FitDimensionEnum, FitPreferencesInputRef, preferencesFromInput } from "./schema.ts";

builder.objectType(FitProfileConflictError, {
  name: "FitProfileConflictError",
  description:
    "Another member saved the school's fit profile since you loaded it. Nothing was written.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt("currentVersion", {
      description: "The profile's version now (0 when there is none).",
    }),
    changedBy: t.exposeString("changedBy", { nullable: true }),
  }),
});

const WeightRef = builder
  .objectRef<{ dimension: (typeof fitDimensions)[number]; weight: number }>("FitWeight")
  .implement({
    description: "How much one dimension matters to the school, 0–5.",
    fields: (t) => ({
      dimension: t.field({ type: FitDimensionEnum, resolve: (w) => w.dimension }),
      weight: t.exposeInt("weight"),
    }),
  });

const AreaShareRef = builder
  .objectRef<{ area: string; share: number }>("AreaAutonomyWanted")
  .implement({
    description: "The share of an area's decisions the school wants made locally, 0–1.",
    fields: (t) => ({
      area: t.field({ type: DecisionAreaEnum, resolve: (a) => a.area as never }),
      share: t.exposeFloat("share"),
    }),
  });

builder.drizzleObject("schoolFitProfiles", {
  name: "SchoolFitProfile",
  description: "What the school recorded for the mapping exercise. Private: its members.",
  fields: (t) => ({
    vision: t.string({ nullable: true, resolve: (p) => p.preferences.vision ?? null }),
    weights: t.field({
      type: [WeightRef],
      description: "Every dimension, 0 where the school left it out.",
      resolve: (p) =>
        fitDimensions.map((dimension) => ({
          dimension,
          weight: p.preferences.weights[dimension] ?? 0,
        })),
    }),
    values: t.field({ type: [TrustValueEnum], resolve: (p) => p.preferences.values ?? [] }),
    maxDistanceKm: t.float({ nullable: true, resolve: (p) => p.preferences.maxDistanceKm ?? null }),
    sizeMin: t.int({ nullable: true, resolve: (p) => p.preferences.size?.min ?? null }),
    sizeMax: t.int({ nullable: true, resolve: (p) => p.preferences.size?.max ?? null }),
    phases: t.field({ type: [PhaseEnum], resolve: (p) => p.preferences.phases ?? [] }),
    autonomy: t.field({
      type: [AreaShareRef],
      resolve: (p) =>
        Object.entries(p.preferences.autonomy ?? {}).map(([area, share]) => ({
          area,
          share: share ?? 0,
        })),
    }),
    maxContributionPercent: t.float({
      nullable: true,
      resolve: (p) => p.preferences.maxContributionPercent ?? null,
    }),
    version: t.exposeInt("version", { description: "Name it when saving (expectedVersion)." }),
    savedAt: t.expose("savedAt", { type: "DateTime" }),
    savedBy: t.string({
      nullable: true,
      select: { with: { savedByUser: { columns: { name: true } } } },
      resolve: (p) => p.savedByUser?.name ?? null,
    }),
  }),
});

builder.drizzleObjectFields(SchoolRef, (t) => ({
  fitProfile: t.relation("fitProfile", {
    nullable: true,
    description:
      "What the school recorded for fit scoring; null when nothing. Private: its members.",
    authScopes: (school) => ({ schoolMember: school.id }),
  }),
}));

const SaveInput = builder.inputType("SaveFitProfileInput", {
  fields: (t) => ({
    urn: t.int({ required: true, description: "The URN of your school." }),
    expectedVersion: t.int({
      required: true,
      description: "The version you loaded (SchoolFitProfile.version); 0 for a first profile.",
    }),
    preferences: t.field({ type: FitPreferencesInputRef, required: true }),
  }),
});

const SavePayload = withSchool(
  builder.objectRef<{ schoolId: string }>("SaveFitProfilePayload").implement({
    description: "The profile was saved; `school.fitProfile` has it, with its new version.",
    fields: () => ({}),
  }),
);

const saveSchema = z.object({
  urn: urnSchema,
  expectedVersion: z.number().int().min(0, "Give the version you loaded, or 0 for a first one."),
  preferences: fitPreferencesSchema,
});

builder.mutationFields((t) => ({
  saveFitProfile: t.field({
    type: SavePayload,
    description:
      "Records your school's vision, values and preferences for fit scoring. Members of the school only.",
    args: { input: t.arg({ type: SaveInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, FitProfileConflictError] },
    authScopes: (_root, { input }, ctx) => actsForSchool(ctx, input.urn),
    resolve: async (_root, { input }, ctx) => {
      const parsed = parseInput(saveSchema, {
        urn: input.urn,
        expectedVersion: input.expectedVersion,
        preferences: preferencesFromInput(input.preferences),
      });
      const schoolId = await schoolIdOf(ctx, parsed.urn);
      if (!schoolId)
        throw new NotFoundError(["input", "urn"], `There is no school with URN ${parsed.urn}.`);
      await saveFitProfile(ctx.db, {
        schoolId,
        expectedVersion: parsed.expectedVersion,
        preferences: parsed.preferences,
        savedBy: actorOf(ctx),
      });
      return { schoolId };
    },
  }),
}));
