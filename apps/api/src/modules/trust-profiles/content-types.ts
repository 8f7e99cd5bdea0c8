import { localAuthorities, qualityPillars, type TrustProfileInput } from "@atlas/domain";
import { builder } from "../../builder.ts";
import {
  CentralServiceEnum,
  ChurchGovernanceLevelEnum,
  EstablishmentTypeEnum,
  GovernanceModelEnum,
  GrowthStageEnum,
  PhaseEnum,
  QualityPillarEnum,
  RegionEnum,
  TrustValueEnum,
} from "../../shared/enums.ts";
import { LocalAuthorityRef } from "../schools/schema.ts";

type Profile = TrustProfileInput;
type Part<K extends keyof Profile> = NonNullable<Profile[K]>;

const ValueStatement = builder
  .objectRef<NonNullable<Profile["values"]>[number]>("TrustValueStatement")
  .implement({
    description: "A value the trust holds, in its own words.",
    fields: (t) => ({
      value: t.expose("value", { type: TrustValueEnum }),
      statement: t.exposeString("statement"),
    }),
  });

export const QualityStatement = builder
  .objectRef<{ pillar: keyof Part<"qualityStatements">; statement: string }>("QualityStatement")
  .implement({
    description: "The trust's statement for one pillar of trust quality.",
    fields: (t) => ({
      pillar: t.expose("pillar", { type: QualityPillarEnum }),
      statement: t.exposeString("statement"),
    }),
  });

const Faith = builder.objectRef<Part<"faith">>("TrustFaith").implement({
  description: "The trust's church links.",
  fields: (t) => ({
    churchGovernanceLevel: t.expose("churchGovernanceLevel", { type: ChurchGovernanceLevelEnum }),
    dioceses: t.exposeStringList("dioceses", { description: "Dioceses the trust is linked to." }),
    faithDesignation: t.exposeString("faithDesignation", { nullable: true }),
  }),
});

const Geography = builder.objectRef<Part<"geography">>("TrustGeography").implement({
  description: "Where the trust says it works and wants to grow.",
  fields: (t) => ({
    regions: t.expose("regions", { type: [RegionEnum] }),
    localAuthorities: t.field({
      type: [LocalAuthorityRef],
      description: "Local authorities the trust serves.",
      resolve: (g) =>
        g.localAuthorityCodes.flatMap((code) => {
          const la = localAuthorities.byCode(code);
          return la ? [{ code: Number(code), name: la.label }] : [];
        }),
    }),
    growthAreas: t.exposeStringList("growthAreas", {
      description: "Areas where the trust wants to take on schools.",
    }),
  }),
});

const Seeking = builder.objectRef<Part<"growth">["seeking"]>("TrustSeeking").implement({
  description: "The schools the trust is looking to take on.",
  fields: (t) => ({
    phases: t.expose("phases", { type: [PhaseEnum] }),
    establishmentTypes: t.expose("establishmentTypes", { type: [EstablishmentTypeEnum] }),
    areas: t.exposeStringList("areas"),
  }),
});

const Growth = builder.objectRef<Part<"growth">>("TrustGrowth").implement({
  description: "Where the trust is in its growth, and whom it is open to.",
  fields: (t) => ({
    stage: t.expose("stage", { type: GrowthStageEnum }),
    openToNewSchools: t.exposeBoolean("openToNewSchools"),
    openToPartnerships: t.exposeBoolean("openToPartnerships", {
      description: "Whether the trust takes schools into trust partnerships (trial membership).",
    }),
    capacity: t.exposeInt("capacity", {
      description: "How many more schools the trust says it could take on.",
    }),
    seeking: t.expose("seeking", { type: Seeking }),
  }),
});

type Contribution = Part<"finance">["contribution"];
export const ContributionKind = builder.enumType("ContributionKind", {
  description: "How a trust sets its central services contribution.",
  values: {
    FLAT: { description: "The same percentage from every school." },
    RANGE: { description: "A percentage within a range, varying by something stated." },
  } as const,
});

const CentralContribution = builder.objectRef<Contribution>("CentralContribution").implement({
  description:
    "The share of each school's funding the trust keeps for central services (the top-slice).",
  fields: (t) => ({
    kind: t.expose("kind", { type: ContributionKind }),
    percent: t.float({
      nullable: true,
      description: "The flat rate, for FLAT.",
      resolve: (c) => (c.kind === "FLAT" ? c.percent : null),
    }),
    minPercent: t.float({
      nullable: true,
      description: "The lowest rate, for RANGE.",
      resolve: (c) => (c.kind === "RANGE" ? c.minPercent : null),
    }),
    maxPercent: t.float({
      nullable: true,
      description: "The highest rate, for RANGE.",
      resolve: (c) => (c.kind === "RANGE" ? c.maxPercent : null),
    }),
    variesBy: t.string({
      nullable: true,
      description: "What the rate varies by, for RANGE.",
      resolve: (c) => (c.kind === "RANGE" ? c.variesBy : null),
    }),
  }),
});

const Reserves = builder.objectRef<Part<"finance">["reserves"]>("TrustReserves").implement({
  description: "How the trust holds reserves.",
  fields: (t) => ({
    pooled: t.exposeBoolean("pooled", {
      description: "True when reserves are pooled centrally, false when each school keeps its own.",
    }),
    targetPercent: t.exposeFloat("targetPercent", { nullable: true }),
    policy: t.exposeString("policy"),
  }),
});

const Finance = builder.objectRef<Part<"finance">>("TrustFinance").implement({
  description: "How the trust handles money: the top-slice, pooling, capital and reserves.",
  fields: (t) => ({
    contribution: t.expose("contribution", { type: CentralContribution }),
    gagPooling: t.exposeBoolean("gagPooling", {
      description: "Whether the trust pools its schools' General Annual Grant.",
    }),
    budgetDelegation: t.exposeString("budgetDelegation", { nullable: true }),
    capitalApproach: t.exposeString("capitalApproach", { nullable: true }),
    reserves: t.expose("reserves", { type: Reserves }),
    accountsUrl: t.exposeString("accountsUrl", {
      nullable: true,
      description: "Where the trust's published accounts are.",
    }),
  }),
});

const Contact = builder
  .objectRef<Part<"governance">["contacts"][number]>("TrustContact")
  .implement({
    description: "Someone at the trust a school can contact.",
    fields: (t) => ({
      name: t.exposeString("name"),
      role: t.exposeString("role"),
      email: t.exposeString("email"),
    }),
  });

const Governance = builder.objectRef<Part<"governance">>("TrustGovernance").implement({
  description: "The trust's members, trustees and local governance.",
  fields: (t) => ({
    members: t.exposeInt("members"),
    trustees: t.exposeInt("trustees"),
    localGovernanceModel: t.expose("localGovernanceModel", { type: GovernanceModelEnum }),
    contacts: t.expose("contacts", { type: [Contact] }),
  }),
});

/**
 * A trust profile's content, as a published version and a draft both hold it. The shape is the
 * domain's TrustProfileInput, which checked it before it was stored.
 */
export const TrustProfileContent = builder
  .interfaceRef<{ content: unknown }>("TrustProfileContent")
  .implement({
    description:
      "What a trust says about itself: vision and values, faith, geography, growth, services, finance and governance.",
    fields: (t) => {
      const of = (row: { content: unknown }) => row.content as Profile;
      return {
        visionStatement: t.string({ resolve: (r) => of(r).visionStatement }),
        values: t.field({ type: [ValueStatement], resolve: (r) => of(r).values ?? [] }),
        ethos: t.string({ nullable: true, resolve: (r) => of(r).ethos ?? null }),
        qualityStatements: t.field({
          type: [QualityStatement],
          description: "Statements for the pillars the trust wrote about, in pillar order.",
          resolve: (r) => qualityStatementsOf(of(r)),
        }),
        faith: t.field({ type: Faith, nullable: true, resolve: (r) => of(r).faith ?? null }),
        geography: t.field({
          type: Geography,
          nullable: true,
          resolve: (r) => of(r).geography ?? null,
        }),
        growth: t.field({ type: Growth, nullable: true, resolve: (r) => of(r).growth ?? null }),
        schoolImprovementOffer: t.string({
          nullable: true,
          resolve: (r) => of(r).schoolImprovementOffer ?? null,
        }),
        centralServices: t.field({
          type: [CentralServiceEnum],
          resolve: (r) => of(r).centralServices ?? [],
        }),
        finance: t.field({ type: Finance, nullable: true, resolve: (r) => of(r).finance ?? null }),
        governance: t.field({
          type: Governance,
          nullable: true,
          resolve: (r) => of(r).governance ?? null,
        }),
      };
    },
  });

function qualityStatementsOf(profile: Profile) {
  const statements = profile.qualityStatements ?? {};
  return qualityPillars.keys.flatMap((pillar) => {
    const statement = statements[pillar];
    return statement === undefined ? [] : [{ pillar, statement }];
  });
}
