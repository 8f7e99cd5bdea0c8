import {
  type FitPreferencesInput,
  fitDimensions,
  fitPreferencesSchema,
  urnSchema,
} from "@atlas/domain";
import { getSchemaConfig, queryFromInfo } from "@pothos/plugin-drizzle";
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { builder } from "../../builder.ts";
import { DecisionAreaEnum, PhaseEnum, TrustValueEnum } from "../../shared/enums.ts";
import { badUserInput, parseArgs } from "../../shared/errors.ts";
import { schoolIdOf } from "../schools/member-scopes.ts";
import { TrustRef } from "../trusts/schema.ts";
import { savedPreferences } from "./profile-service.ts";
import { fitSchoolByUrn, type RankedTrust, rankTrusts } from "./service.ts";

export const FitDimensionEnum = builder.enumType("FitDimension", {
  description: "What a school weighs when it maps itself against a trust.",
  values: {
    VALUES: { description: "How many of the school's values the trust holds." },
    DISTANCE: { description: "How near the trust's nearest school is." },
    SIZE: { description: "Whether the trust runs as many schools as the school wants." },
    PHASE_MIX: { description: "Whether the trust runs the phases the school wants." },
    AUTONOMY: { description: "How much its scheme leaves to schools, per decision area." },
    FINANCE: { description: "Whether its central contribution is within what the school accepts." },
  } satisfies Record<(typeof fitDimensions)[number], unknown>,
});

const FaithEligibilityEnum = builder.enumType("FaithEligibility", {
  description: "Whether the school's faith rules let it join the trust.",
  values: {
    ELIGIBLE: { description: "It may." },
    CONDITIONAL: { description: "It may, with the diocese's or faith body's consent." },
    INELIGIBLE: { description: "It may not: the first reason says why." },
  },
});

const FitWeights = builder.inputType("FitWeightsInput", {
  description: "How much each dimension matters, 0 (ignore) to 5 (matters most).",
  fields: (t) =>
    Object.fromEntries(fitDimensions.map((d) => [d, t.int({ required: false })])) as Record<
      (typeof fitDimensions)[number],
      ReturnType<typeof t.int>
    >,
});

const SizeRange = builder.inputType("FitSizeInput", {
  description: "The size of trust, in schools, the school would like to join.",
  fields: (t) => ({ min: t.int({ required: true }), max: t.int({ required: true }) }),
});

const AreaAutonomyInput = builder.inputType("AreaAutonomyInput", {
  description: "The share of an area's decisions the school wants made locally, 0–1.",
  fields: (t) => ({
    area: t.field({ type: DecisionAreaEnum, required: true }),
    share: t.float({ required: true }),
  }),
});

export const FitPreferencesInputRef = builder.inputType("FitPreferencesInput", {
  description: "A school's side of the mapping exercise: its values and what it wants of a trust.",
  fields: (t) => ({
    vision: t.string({ required: false, description: "The school's own vision, in its words." }),
    weights: t.field({ type: FitWeights, required: true }),
    values: t.field({ type: [TrustValueEnum], required: false }),
    maxDistanceKm: t.float({ required: false }),
    size: t.field({ type: SizeRange, required: false }),
    phases: t.field({ type: [PhaseEnum], required: false }),
    autonomy: t.field({ type: [AreaAutonomyInput], required: false }),
    maxContributionPercent: t.float({ required: false }),
  }),
});

/** GraphQL's shape of the preferences, as the domain's schema reads them. */
export function preferencesFromInput(input: {
  autonomy?: readonly { area: string; share: number }[] | null;
  [key: string]: unknown;
}): unknown {
  const { autonomy, ...rest } = input;
  const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v != null));
  if (clean.weights && typeof clean.weights === "object") {
    clean.weights = Object.fromEntries(Object.entries(clean.weights).filter(([, v]) => v != null));
  }
  return autonomy
    ? { ...clean, autonomy: Object.fromEntries(autonomy.map((a) => [a.area, a.share])) }
    : clean;
}

const FitPartRef = builder.objectRef<RankedTrust["parts"][number]>("TrustFitPart").implement({
  description: "One dimension of a fit score.",
  fields: (t) => ({
    dimension: t.field({ type: FitDimensionEnum, resolve: (p) => p.dimension }),
    score: t.exposeFloat("score", { description: "How well the trust meets it, 0–1." }),
    weight: t.exposeInt("weight", { description: "How much the school said it matters, 0–5." }),
    points: t.exposeFloat("points", {
      description: "Its share of the score: the parts' points add up to the score.",
    }),
    reason: t.exposeString("reason", { description: "Why, in plain words." }),
  }),
});

const TrustFitRef = builder.objectRef<RankedTrust>("TrustFit").implement({
  description: "How well one trust fits a school, with the reasons.",
  fields: (t) => ({
    trust: t.field({
      type: TrustRef,
      // Loaded for the whole page with the ranking (see `fit`), not one statement per trust.
      resolve: (r) => (r as RankedTrust & { trust: never }).trust,
    }),
    trustName: t.exposeString("trustName"),
    score: t.exposeFloat("score", {
      description: "0–100; 0 when the school's faith rules it out.",
    }),
    eligibility: t.field({ type: FaithEligibilityEnum, resolve: (r) => r.eligibility }),
    parts: t.field({ type: [FitPartRef], resolve: (r) => [...r.parts] }),
    reasons: t.stringList({
      description: "In plain words; a faith rule that applies comes first.",
      resolve: (r) => [...r.reasons],
    }),
  }),
});

builder.queryFields((t) => ({
  fit: t.connection(
    {
      type: TrustFitRef,
      description:
        "Every open trust scored for the school with this URN, best first: its members only. Scores with the preferences given, else the school's saved fit profile (School.fitProfile).",
      args: {
        urn: t.arg.int({ required: true }),
        preferences: t.arg({ type: FitPreferencesInputRef, required: false }),
      },
      authScopes: async (_parent, args, ctx) => ({
        schoolMember: (await schoolIdOf(ctx, args.urn)) ?? "",
      }),
      resolve: async (_parent, args, ctx, info) => {
        const urn = parseArgs(urnSchema, args.urn, ["urn"]);
        const school = await fitSchoolByUrn(ctx.db, urn);
        if (!school) throw badUserInput(`There is no school with URN ${urn}.`, ["urn"]);
        // Preferences given (a member trying changes before saving them) win over saved ones.
        const preferences: FitPreferencesInput | null = args.preferences
          ? parseArgs(fitPreferencesSchema, preferencesFromInput(args.preferences), ["preferences"])
          : await savedPreferences(ctx.db, (await schoolIdOf(ctx, urn)) ?? "");
        if (!preferences)
          throw badUserInput(
            "The school has not recorded its fit profile yet: save one (saveFitProfile) or give preferences.",
            ["preferences"],
          );
        const ranked = await rankTrusts(ctx.db, school, preferences);
        const connection = await resolveOffsetConnection({ args }, ({ offset, limit }) =>
          ranked.slice(offset, offset + limit),
        );
        const page = connection.edges.map((e) => e.node);
        const selection = queryFromInfo({
          config: getSchemaConfig(builder),
          context: ctx,
          info,
          typeName: "Trust",
          paths: [
            ["edges", "node", "trust"],
            ["nodes", "trust"],
          ],
        });
        if (page.length > 0 && Object.keys(selection).length > 0) {
          const rows = await ctx.db.query.trusts.findMany({
            ...(selection as object),
            where: { id: { in: page.map((r) => r.trustId) } },
          });
          const byId = new Map(rows.map((row) => [row.id, row]));
          for (const r of page) Object.assign(r, { trust: byId.get(r.trustId) });
        }
        return { ...connection, totalCount: ranked.length };
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: "How many trusts were scored.",
          resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
}));
