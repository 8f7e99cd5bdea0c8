import {
  centralServices,
  churchGovernanceLevels,
  establishmentTypes,
  governanceModels,
  growthStages,
  localAuthorities,
  phases,
  qualityPillars,
  regions,
  trustValues,
  type Vocabulary,
} from "@atlas/domain";
import { formatNumber } from "@atlas/ui";

// A profile change as a person reads it: the API names each changed field by its dotted path in
// the stored profile ("finance.reserves.targetPercent") and gives the values before and after as
// JSON. Here the path becomes words ("Finance: reserves target") and each value text: lists
// joined, yes or no for true and false, labels for our vocabularies' keys, percentages with %.

export interface ProfileChangeLike {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface ReadableChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export const notGiven = "Not given";

const labels: Record<string, string> = {
  visionStatement: "Vision statement",
  values: "Values",
  ethos: "Ethos",
  "faith.churchGovernanceLevel": "Faith: church governance",
  "faith.dioceses": "Faith: dioceses",
  "faith.faithDesignation": "Faith: faith designation",
  "geography.regions": "Geography: regions",
  "geography.localAuthorityCodes": "Geography: local authorities",
  "geography.growthAreas": "Geography: areas to grow in",
  "growth.stage": "Growth: stage",
  "growth.openToNewSchools": "Growth: open to new schools",
  "growth.openToPartnerships": "Growth: open to trust partnerships",
  "growth.capacity": "Growth: schools it could take on",
  "growth.seeking.phases": "Growth: phases sought",
  "growth.seeking.establishmentTypes": "Growth: types of school sought",
  "growth.seeking.areas": "Growth: areas sought",
  schoolImprovementOffer: "School improvement offer",
  centralServices: "Central services",
  "finance.contribution.kind": "Finance: central contribution",
  "finance.contribution.percent": "Finance: contribution rate",
  "finance.contribution.minPercent": "Finance: lowest contribution rate",
  "finance.contribution.maxPercent": "Finance: highest contribution rate",
  "finance.contribution.variesBy": "Finance: what the contribution varies by",
  "finance.gagPooling": "Finance: GAG pooling",
  "finance.budgetDelegation": "Finance: budget delegation",
  "finance.capitalApproach": "Finance: approach to capital",
  "finance.reserves.pooled": "Finance: reserves pooled centrally",
  "finance.reserves.targetPercent": "Finance: reserves target",
  "finance.reserves.policy": "Finance: reserves policy",
  "finance.accountsUrl": "Finance: published accounts",
  "governance.members": "Governance: members",
  "governance.trustees": "Governance: trustees",
  "governance.localGovernanceModel": "Governance: local governance model",
  "governance.contacts": "Governance: contacts",
};

/** "finance.reserves.targetPercent" → "Finance: reserves target"; unknown paths in words too. */
export function profileFieldLabel(field: string): string {
  const known = labels[field];
  if (known !== undefined) return known;
  const [head, pillar] = field.split(".");
  if (head === "qualityStatements" && pillar !== undefined) {
    return `Quality statement: ${qualityPillars.has(pillar) ? qualityPillars.label(pillar) : pillar}`;
  }
  // A field this app does not know yet: its path, in words.
  const words = field
    .split(".")
    .map((part) => part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase())
    .join(": ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const vocabularies: Record<string, Vocabulary<string>> = {
  "faith.churchGovernanceLevel": churchGovernanceLevels,
  "geography.regions": regions,
  "geography.localAuthorityCodes": localAuthorities,
  "growth.stage": growthStages,
  "growth.seeking.phases": phases,
  "growth.seeking.establishmentTypes": establishmentTypes,
  centralServices,
  "governance.localGovernanceModel": governanceModels,
};

const percentFields = new Set([
  "finance.contribution.percent",
  "finance.contribution.minPercent",
  "finance.contribution.maxPercent",
  "finance.reserves.targetPercent",
]);

const contributionKinds: Record<string, string> = { FLAT: "A flat rate", RANGE: "A range" };

const labelIn = (vocabulary: Vocabulary<string>, key: unknown) =>
  typeof key === "string" && vocabulary.has(key) ? vocabulary.label(key) : String(key);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function valueStatement(entry: unknown): string {
  if (!isRecord(entry)) return String(entry);
  const value = labelIn(trustValues, entry.value);
  return typeof entry.statement === "string" ? `${value}: “${entry.statement}”` : value;
}

function contact(entry: unknown): string {
  if (!isRecord(entry)) return String(entry);
  const details = [entry.role, entry.email].filter((d) => typeof d === "string" && d !== "");
  return details.length > 0 ? `${String(entry.name)} (${details.join(", ")})` : String(entry.name);
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return notGiven;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.length === 0 ? "None" : value.map(plain).join("; ");
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${plain(v)}`)
      .join(", ");
  }
  return String(value);
}

/** One value of a field as text, for the history and the list of unpublished changes. */
export function formatProfileValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return notGiven;
  if (Array.isArray(value) && value.length === 0) return "None";
  const vocabulary = vocabularies[field];
  if (vocabulary) {
    return Array.isArray(value)
      ? value.map((key) => labelIn(vocabulary, key)).join(", ")
      : labelIn(vocabulary, value);
  }
  if (field === "values" && Array.isArray(value)) return value.map(valueStatement).join("; ");
  if (field === "governance.contacts" && Array.isArray(value)) return value.map(contact).join("; ");
  if (field === "finance.contribution.kind" && typeof value === "string") {
    return contributionKinds[value] ?? value;
  }
  if (percentFields.has(field) && typeof value === "number") return `${formatNumber(value)}%`;
  return plain(value);
}

/** The API's changes, readable, in the order given (the profile's own order). */
export function readableProfileChanges(changes: readonly ProfileChangeLike[]): ReadableChange[] {
  return changes.map((change) => ({
    field: change.field,
    label: profileFieldLabel(change.field),
    before: formatProfileValue(change.field, change.before),
    after: formatProfileValue(change.field, change.after),
  }));
}
