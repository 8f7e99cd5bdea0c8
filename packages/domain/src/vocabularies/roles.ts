import { vocabulary } from "./vocabulary.ts";

/**
 * A role is a membership of an organisation: a trust admin of one trust, a school member of
 * one school, a curator of the sector body. One person may hold several.
 */
export const roles = vocabulary([
  { key: "TRUST_ADMIN", label: "Trust administrator" },
  { key: "SCHOOL_MEMBER", label: "School member" },
  { key: "CURATOR", label: "Sector body curator" },
]);
export type Role = (typeof roles.keys)[number];
