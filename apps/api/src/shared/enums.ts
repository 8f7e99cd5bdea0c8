import {
  establishmentStatuses,
  establishmentTypeFamilies,
  establishmentTypes,
  groupStatuses,
  groupTypes,
  phases,
  regions,
  religiousCharacters,
  roles,
  sizeBands,
  type Vocabulary,
} from "@atlas/domain";
import { builder } from "../builder.ts";

/** A GraphQL enum whose values and descriptions come from a domain vocabulary. */
function vocabularyEnum<K extends string>(name: string, description: string, vocab: Vocabulary<K>) {
  const values = Object.fromEntries(
    vocab.entries.map((e) => [
      e.key,
      { value: e.key, description: e.code ? `${e.label} (register code ${e.code})` : e.label },
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
