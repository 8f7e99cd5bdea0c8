import { vocabulary } from "./vocabulary.ts";

/**
 * How far a church appoints a trust's members and trustees. Diocesan practice, as we normalise
 * it: a Church of England voluntary aided school may join only a church-majority trust (the
 * church appoints at least 51%); a voluntary controlled one a majority or minority one.
 */
export const churchGovernanceLevels = vocabulary([
  {
    key: "NONE",
    label: "No church governance",
    description: "No church body appoints the trust's members or trustees.",
  },
  {
    key: "MINORITY",
    label: "Church minority",
    description: "A church body appoints some, but fewer than 51%, of the members and trustees.",
  },
  {
    key: "MAJORITY",
    label: "Church majority",
    description: "A church body appoints at least 51% of the members and trustees.",
  },
]);
export type ChurchGovernanceLevel = (typeof churchGovernanceLevels.keys)[number];

/** Where a trust says it is in its growth, as the CST guide asks schools to weigh it. */
export const growthStages = vocabulary([
  {
    key: "STARTING",
    label: "Starting",
    description: "A new or small trust building its first group of schools.",
  },
  {
    key: "GROWING",
    label: "Growing",
    description: "A trust adding schools and building its central team.",
  },
  {
    key: "ESTABLISHED",
    label: "Established",
    description: "A settled trust with a full central team and a track record.",
  },
]);
export type GrowthStage = (typeof growthStages.keys)[number];

/** Services a trust runs centrally for its schools (what the top-slice pays for). */
export const centralServices = vocabulary([
  { key: "HR", label: "Human resources" },
  { key: "FINANCE", label: "Finance" },
  { key: "IT", label: "IT and technology" },
  { key: "ESTATES", label: "Estates and buildings" },
  { key: "SEND", label: "Special educational needs support" },
  { key: "SAFEGUARDING", label: "Safeguarding" },
  { key: "CPD", label: "Staff training and development" },
  { key: "PROCUREMENT", label: "Buying and contracts" },
  { key: "DATA_PROTECTION", label: "Data protection" },
  { key: "LEGAL", label: "Legal advice" },
  { key: "CATERING", label: "Catering" },
  { key: "COMMUNICATIONS", label: "Communications and marketing" },
]);
export type CentralService = (typeof centralServices.keys)[number];
