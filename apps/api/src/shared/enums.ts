import {
  auditActions,
  auditSubjects,
  centralServices,
  churchGovernanceLevels,
  claimableRoles,
  claimDecisions,
  claimStates,
  decisionAreas,
  delegationDecisions,
  delegationTiers,
  establishmentStatuses,
  establishmentTypeFamilies,
  establishmentTypes,
  governanceModels,
  groupStatuses,
  groupTypes,
  growthStages,
  inspectionOutcomes,
  moderationDecisions,
  moderationStates,
  partnershipActions,
  partnershipFocusAreas,
  partnershipIntents,
  partnershipNoteKinds,
  partnershipOutcomes,
  partnershipParties,
  partnershipStates,
  phases,
  qualityPillars,
  regions,
  religiousCharacters,
  responsibilityLevels,
  roles,
  savedSearchAlertFrequencies,
  sizeBands,
  trustValues,
  type Vocabulary,
} from "@atlas/domain";
import { builder } from "../builder.ts";

/** A GraphQL enum whose values and descriptions come from a domain vocabulary. */
function vocabularyEnum<K extends string>(name: string, description: string, vocab: Vocabulary<K>) {
  const values = Object.fromEntries(
    vocab.entries.map((e) => [
      e.key,
      {
        value: e.key,
        description: [e.code ? `${e.label} (register code ${e.code})` : e.label, e.description]
          .filter(Boolean)
          .join(": "),
      },
    ]),
  ) as { [P in K]: { value: P; description: string } };
  return builder.enumType(name, { description, values });
}

export const PhaseEnum = vocabularyEnum(
  "Phase",
  "Phase of education, as the register records it.",
  phases,
);
export const EstablishmentTypeEnum = vocabularyEnum(
  "EstablishmentType",
  "Type of establishment, as the register records it.",
  establishmentTypes,
);
export const EstablishmentTypeFamilyEnum = vocabularyEnum(
  "EstablishmentTypeFamily",
  "The broad kind of school: maintained, special, academy or free school.",
  establishmentTypeFamilies,
);
export const ReligiousCharacterEnum = vocabularyEnum(
  "ReligiousCharacter",
  "Religious character of a school, as the register records it.",
  religiousCharacters,
);
export const RegionEnum = vocabularyEnum(
  "Region",
  "A region of England (government office region).",
  regions,
);
export const GroupTypeEnum = vocabularyEnum("TrustType", "The kind of trust.", groupTypes);
export const GroupStatusEnum = vocabularyEnum(
  "TrustStatus",
  "Whether a trust is open.",
  groupStatuses,
);
export const EstablishmentStatusEnum = vocabularyEnum(
  "SchoolStatus",
  "Whether a school is open.",
  establishmentStatuses,
);
export const InspectionOutcomeEnum = vocabularyEnum(
  "InspectionOutcome",
  "A school's latest graded inspection outcome, as the register records it.",
  inspectionOutcomes,
);
export const SizeBandEnum = vocabularyEnum(
  "SizeBand",
  "Trust size by the number of schools it runs today.",
  sizeBands,
);
export const RoleEnum = vocabularyEnum(
  "Role",
  "What a person may do, and for which organisation.",
  roles,
);
export const TrustValueEnum = vocabularyEnum(
  "TrustValue",
  "A value a trust can say it holds (Trust Atlas's own list).",
  trustValues,
);
export const QualityPillarEnum = vocabularyEnum(
  "QualityPillar",
  "A pillar of trust quality a trust writes a statement for.",
  qualityPillars,
);
export const ChurchGovernanceLevelEnum = vocabularyEnum(
  "ChurchGovernanceLevel",
  "How far a church appoints a trust's members and trustees.",
  churchGovernanceLevels,
);
export const GrowthStageEnum = vocabularyEnum(
  "GrowthStage",
  "Where a trust says it is in its growth.",
  growthStages,
);
export const CentralServiceEnum = vocabularyEnum(
  "CentralService",
  "A service a trust runs centrally for its schools.",
  centralServices,
);
export const GovernanceModelEnum = vocabularyEnum(
  "GovernanceModel",
  "How a trust governs its schools locally.",
  governanceModels,
);
export const DelegationTierEnum = vocabularyEnum(
  "DelegationTier",
  "A tier of a trust's governance, from members to headteacher.",
  delegationTiers,
);
export const DecisionAreaEnum = vocabularyEnum(
  "DecisionArea",
  "An area of decisions a scheme of delegation is grouped by.",
  decisionAreas,
);
export const DelegationDecisionEnum = vocabularyEnum(
  "DelegationDecision",
  "A decision a scheme of delegation assigns to the tiers.",
  delegationDecisions,
);
export const ResponsibilityLevelEnum = vocabularyEnum(
  "ResponsibilityLevel",
  "What a tier does about a decision.",
  responsibilityLevels,
);

export const PartnershipStateEnum = vocabularyEnum(
  "PartnershipState",
  "Where a Trust Partnership is in its life.",
  partnershipStates,
);
export const PartnershipIntentEnum = vocabularyEnum(
  "PartnershipIntent",
  "What the school means a partnership to lead to.",
  partnershipIntents,
);
export const PartnershipFocusAreaEnum = vocabularyEnum(
  "PartnershipFocusArea",
  "An area of teaching and learning a partnership works on.",
  partnershipFocusAreas,
);
export const PartnershipOutcomeEnum = vocabularyEnum(
  "PartnershipOutcome",
  "How a partnership ended.",
  partnershipOutcomes,
);
export const PartnershipPartyEnum = vocabularyEnum(
  "PartnershipParty",
  "A side of a partnership.",
  partnershipParties,
);
export const PartnershipActionEnum = vocabularyEnum(
  "PartnershipAction",
  "A step a side may take in a partnership.",
  partnershipActions,
);
export const PartnershipNoteKindEnum = vocabularyEnum(
  "PartnershipNoteKind",
  "What a side adds to a partnership's record without changing its state.",
  partnershipNoteKinds,
);
export const SavedSearchAlertFrequencyEnum = vocabularyEnum(
  "SavedSearchAlertFrequency",
  "How a school member hears that a trust has started to match a saved search.",
  savedSearchAlertFrequencies,
);
export const AuditActionEnum = vocabularyEnum(
  "AuditAction",
  "A privileged action, as the audit log names it.",
  auditActions,
);
export const AuditSubjectEnum = vocabularyEnum(
  "AuditSubject",
  "What an audit log entry is about.",
  auditSubjects,
);
export const ClaimStateEnum = vocabularyEnum(
  "ClaimState",
  "Where a claim to act for an organisation stands.",
  claimStates,
);
export const ClaimableRoleEnum = vocabularyEnum(
  "ClaimableRole",
  "A role a claim or an invitation may give.",
  claimableRoles,
);
export const ClaimDecisionEnum = vocabularyEnum(
  "ClaimDecision",
  "A curator's decision on a claim.",
  claimDecisions,
);
export const ModerationStateEnum = vocabularyEnum(
  "ModerationState",
  "Where a published profile or scheme version stands with the curators.",
  moderationStates,
);
export const ModerationDecisionEnum = vocabularyEnum(
  "ModerationDecision",
  "A curator's decision on a version in the moderation queue.",
  moderationDecisions,
);
