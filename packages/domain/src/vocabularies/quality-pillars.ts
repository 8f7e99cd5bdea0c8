import { vocabulary } from "./vocabulary.ts";

/**
 * The five pillars of trust quality the DfE's trust quality descriptions are grouped by; a
 * trust profile states how it meets each.
 */
export const qualityPillars = vocabulary([
  {
    key: "HIGH_QUALITY_INCLUSIVE_EDUCATION",
    label: "High-quality and inclusive education",
    description: "How the trust makes sure every pupil gets a good, inclusive education.",
  },
  {
    key: "SCHOOL_IMPROVEMENT",
    label: "School improvement",
    description: "How the trust helps its schools get better and stay good.",
  },
  {
    key: "WORKFORCE",
    label: "Workforce",
    description: "How the trust recruits, develops and keeps its staff.",
  },
  {
    key: "FINANCE_AND_OPERATIONS",
    label: "Finance and operations",
    description: "How the trust manages money, buildings and central services.",
  },
  {
    key: "GOVERNANCE_AND_LEADERSHIP",
    label: "Governance and leadership",
    description: "How the trust is governed and led, and how it holds itself to account.",
  },
]);
export type QualityPillar = (typeof qualityPillars.keys)[number];
