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
import { ContributionKind } from "./content-types.ts";

// Fields are nullable here even where the profile needs them: the domain's schema checks the
// whole profile and says what is missing beside the field, which GraphQL's own "required"
// check would not.

const ValueStatementInput = builder.inputType("TrustValueStatementInput", {
  fields: (t) => ({
    value: t.field({ type: TrustValueEnum }),
    statement: t.string(),
  }),
});

const QualityStatementInput = builder.inputType("QualityStatementInput", {
  fields: (t) => ({
    pillar: t.field({ type: QualityPillarEnum, required: true }),
    statement: t.string(),
  }),
});

const FaithInput = builder.inputType("TrustFaithInput", {
  fields: (t) => ({
    churchGovernanceLevel: t.field({ type: ChurchGovernanceLevelEnum }),
    dioceses: t.stringList(),
    faithDesignation: t.string(),
  }),
});

const GeographyInput = builder.inputType("TrustGeographyInput", {
  fields: (t) => ({
    regions: t.field({ type: [RegionEnum] }),
    localAuthorityCodes: t.stringList({
      description: "Local authorities served, by three-digit register code (e.g. 330).",
    }),
    growthAreas: t.stringList(),
  }),
});

const SeekingInput = builder.inputType("TrustSeekingInput", {
  fields: (t) => ({
    phases: t.field({ type: [PhaseEnum] }),
    establishmentTypes: t.field({ type: [EstablishmentTypeEnum] }),
    areas: t.stringList(),
  }),
});

const GrowthInput = builder.inputType("TrustGrowthInput", {
  fields: (t) => ({
    stage: t.field({ type: GrowthStageEnum }),
    openToNewSchools: t.boolean(),
    openToPartnerships: t.boolean(),
    capacity: t.int(),
    seeking: t.field({ type: SeekingInput }),
  }),
});

const ContributionInput = builder.inputType("CentralContributionInput", {
  description: "Give percent for a FLAT rate; minPercent, maxPercent and variesBy for a RANGE.",
  fields: (t) => ({
    kind: t.field({ type: ContributionKind }),
    percent: t.float(),
    minPercent: t.float(),
    maxPercent: t.float(),
    variesBy: t.string(),
  }),
});

const ReservesInput = builder.inputType("TrustReservesInput", {
  fields: (t) => ({
    pooled: t.boolean(),
    targetPercent: t.float(),
    policy: t.string(),
  }),
});

const FinanceInput = builder.inputType("TrustFinanceInput", {
  fields: (t) => ({
    contribution: t.field({ type: ContributionInput }),
    gagPooling: t.boolean(),
    budgetDelegation: t.string(),
    capitalApproach: t.string(),
    reserves: t.field({ type: ReservesInput }),
    accountsUrl: t.string(),
  }),
});

const ContactInput = builder.inputType("TrustContactInput", {
  fields: (t) => ({ name: t.string(), role: t.string(), email: t.string() }),
});

const GovernanceInput = builder.inputType("TrustGovernanceInput", {
  fields: (t) => ({
    members: t.int(),
    trustees: t.int(),
    localGovernanceModel: t.field({ type: GovernanceModelEnum }),
    contacts: t.field({ type: [ContactInput] }),
  }),
});

export const TrustProfileInput = builder.inputType("TrustProfileInput", {
  description:
    "A whole trust profile. Only the vision statement is needed; each part given is checked in full.",
  fields: (t) => ({
    visionStatement: t.string(),
    values: t.field({ type: [ValueStatementInput] }),
    ethos: t.string(),
    qualityStatements: t.field({
      type: [QualityStatementInput],
      description: "At most one statement per pillar.",
    }),
    faith: t.field({ type: FaithInput }),
    geography: t.field({ type: GeographyInput }),
    growth: t.field({ type: GrowthInput }),
    schoolImprovementOffer: t.string(),
    centralServices: t.field({ type: [CentralServiceEnum] }),
    finance: t.field({ type: FinanceInput }),
    governance: t.field({ type: GovernanceInput }),
  }),
});
