import {
  auditActions,
  auditSubjects,
  claimStates,
  establishmentStatuses,
  establishmentTypes,
  groupStatuses,
  groupTypes,
  inspectionOutcomes,
  moderationStates,
  partnershipIntents,
  partnershipOutcomes,
  partnershipParties,
  partnershipStates,
  phases,
  regions,
  religiousCharacters,
  roles,
  savedSearchAlertFrequencies,
} from "@atlas/domain";
import { pgEnum } from "drizzle-orm/pg-core";

// Database enums take their values from the domain vocabularies, so the two cannot drift.
export const regionEnum = pgEnum("region", regions.keys);
export const phaseEnum = pgEnum("phase", phases.keys);
export const establishmentTypeEnum = pgEnum("establishment_type", establishmentTypes.keys);
export const religiousCharacterEnum = pgEnum("religious_character", religiousCharacters.keys);
export const establishmentStatusEnum = pgEnum("establishment_status", establishmentStatuses.keys);
export const groupTypeEnum = pgEnum("group_type", groupTypes.keys);
export const groupStatusEnum = pgEnum("group_status", groupStatuses.keys);
export const roleEnum = pgEnum("role", roles.keys);
export const inspectionOutcomeEnum = pgEnum("inspection_outcome", inspectionOutcomes.keys);
export const partnershipStateEnum = pgEnum("partnership_state", partnershipStates.keys);
export const partnershipIntentEnum = pgEnum("partnership_intent", partnershipIntents.keys);
export const partnershipOutcomeEnum = pgEnum("partnership_outcome", partnershipOutcomes.keys);
export const partnershipPartyEnum = pgEnum("partnership_party", partnershipParties.keys);
export const savedSearchAlertFrequencyEnum = pgEnum(
  "saved_search_alert_frequency",
  savedSearchAlertFrequencies.keys,
);
export const auditActionEnum = pgEnum("audit_action", auditActions.keys);
export const auditSubjectEnum = pgEnum("audit_subject", auditSubjects.keys);
export const claimStateEnum = pgEnum("claim_state", claimStates.keys);
export const moderationStateEnum = pgEnum("moderation_state", moderationStates.keys);
