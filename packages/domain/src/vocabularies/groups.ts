import { vocabulary } from "./vocabulary.ts";

/** Group type, as the register codes it. Trust Atlas lists multi- and single-academy trusts. */
export const groupTypes = vocabulary([
  { key: "FEDERATION", label: "Federation", code: "1" },
  { key: "TRUST", label: "Trust", code: "2" },
  { key: "SCHOOL_SPONSOR", label: "School sponsor", code: "5" },
  { key: "MULTI_ACADEMY_TRUST", label: "Multi-academy trust", code: "6" },
  { key: "UMBRELLA_TRUST", label: "Umbrella trust", code: "7" },
  { key: "SINGLE_ACADEMY_TRUST", label: "Single-academy trust", code: "10" },
]);
export type GroupType = (typeof groupTypes.keys)[number];

export const groupStatuses = vocabulary([
  { key: "OPEN", label: "Open" },
  { key: "CLOSED", label: "Closed" },
  { key: "PROPOSED_TO_OPEN", label: "Proposed to open" },
  { key: "PROPOSED_TO_CLOSE", label: "Proposed to close" },
]);
export type GroupStatus = (typeof groupStatuses.keys)[number];

export const establishmentStatuses = vocabulary([
  { key: "OPEN", label: "Open" },
  { key: "CLOSED", label: "Closed" },
  { key: "OPEN_PROPOSED_TO_CLOSE", label: "Open, but proposed to close" },
  { key: "PROPOSED_TO_OPEN", label: "Proposed to open" },
]);
export type EstablishmentStatus = (typeof establishmentStatuses.keys)[number];
