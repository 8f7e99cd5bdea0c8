import {
  type QualityPillar,
  qualityPillars,
  type TrustProfileInput,
  trustProfileInputSchema,
} from "@atlas/domain";
import type { FieldIssueLike } from "@atlas/ui";
import type { TrustProfileInput as ApiTrustProfileInput } from "../gql/graphql.ts";
import type { ProfileContent } from "./operations.ts";

// The profile form's state and its two mappings: from what the API gives (a draft or a published
// version) into the form, and from the form into the domain's TrustProfileInput, checked with the
// same zod schema the API uses, then into the API's input. Every field of the form is text or a
// list of keys, as the controls hold them; numbers and yes/no are parsed on the way out.

export type YesNo = "" | "yes" | "no";

/** A row of a list the person adds to and removes from; `id` keeps React and the errors on it. */
export interface ValueRow {
  id: string;
  value: string;
  statement: string;
}

export interface ContactRow {
  id: string;
  name: string;
  role: string;
  email: string;
}

export interface ProfileForm {
  visionStatement: string;
  values: ValueRow[];
  ethos: string;
  qualityStatements: Record<QualityPillar, string>;
  faith: { churchGovernanceLevel: string; dioceses: string; faithDesignation: string };
  geography: { regions: string[]; localAuthorityCodes: string[]; growthAreas: string };
  growth: {
    stage: string;
    openToNewSchools: YesNo;
    openToPartnerships: YesNo;
    capacity: string;
    phases: string[];
    establishmentTypes: string[];
    areas: string;
  };
  schoolImprovementOffer: string;
  centralServices: string[];
  finance: {
    contributionKind: "" | "FLAT" | "RANGE";
    percent: string;
    minPercent: string;
    maxPercent: string;
    variesBy: string;
    gagPooling: YesNo;
    budgetDelegation: string;
    capitalApproach: string;
    reservesPooled: YesNo;
    reservesTargetPercent: string;
    reservesPolicy: string;
    accountsUrl: string;
  };
  governance: {
    members: string;
    trustees: string;
    localGovernanceModel: string;
    contacts: ContactRow[];
  };
}

export type OptionalSection = "faith" | "geography" | "growth" | "finance" | "governance";

let rowCount = 0;
/** A fresh id for a list row (unique within the page). */
export function newRowId(prefix: string): string {
  rowCount += 1;
  return `${prefix}${rowCount}`;
}

export const emptyValueRow = (): ValueRow => ({ id: newRowId("v"), value: "", statement: "" });
export const emptyContactRow = (): ContactRow => ({
  id: newRowId("c"),
  name: "",
  role: "",
  email: "",
});

const emptyQualityStatements = (): Record<QualityPillar, string> =>
  Object.fromEntries(qualityPillars.keys.map((p) => [p, ""])) as Record<QualityPillar, string>;

export const emptySection = {
  faith: (): ProfileForm["faith"] => ({
    churchGovernanceLevel: "",
    dioceses: "",
    faithDesignation: "",
  }),
  geography: (): ProfileForm["geography"] => ({
    regions: [],
    localAuthorityCodes: [],
    growthAreas: "",
  }),
  growth: (): ProfileForm["growth"] => ({
    stage: "",
    openToNewSchools: "",
    openToPartnerships: "",
    capacity: "",
    phases: [],
    establishmentTypes: [],
    areas: "",
  }),
  finance: (): ProfileForm["finance"] => ({
    contributionKind: "",
    percent: "",
    minPercent: "",
    maxPercent: "",
    variesBy: "",
    gagPooling: "",
    budgetDelegation: "",
    capitalApproach: "",
    reservesPooled: "",
    reservesTargetPercent: "",
    reservesPolicy: "",
    accountsUrl: "",
  }),
  governance: (): ProfileForm["governance"] => ({
    members: "",
    trustees: "",
    localGovernanceModel: "",
    contacts: [],
  }),
} satisfies Record<OptionalSection, () => unknown>;

/** A profile with nothing in it: the form for a trust that has never saved one. */
export function emptyProfileForm(): ProfileForm {
  return {
    visionStatement: "",
    values: [],
    ethos: "",
    qualityStatements: emptyQualityStatements(),
    faith: emptySection.faith(),
    geography: emptySection.geography(),
    growth: emptySection.growth(),
    schoolImprovementOffer: "",
    centralServices: [],
    finance: emptySection.finance(),
    governance: emptySection.governance(),
  };
}

const text = (value: string | null | undefined) => value ?? "";
const lines = (items: readonly string[]) => items.join("\n");
const yesNo = (value: boolean | null | undefined): YesNo =>
  value === true ? "yes" : value === false ? "no" : "";
const figure = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : String(value);
/** The register's local authority codes are three digits ("202"); the API gives them as numbers. */
export const localAuthorityCode = (code: number) => String(code).padStart(3, "0");

/** The form filled from a saved draft or a published version. */
export function formFromContent(content: ProfileContent): ProfileForm {
  const form = emptyProfileForm();
  form.visionStatement = content.visionStatement;
  form.values = content.values.map((v) => ({
    id: newRowId("v"),
    value: v.value,
    statement: v.statement,
  }));
  form.ethos = text(content.ethos);
  for (const q of content.qualityStatements) form.qualityStatements[q.pillar] = q.statement;
  if (content.faith) {
    form.faith = {
      churchGovernanceLevel: content.faith.churchGovernanceLevel,
      dioceses: lines(content.faith.dioceses),
      faithDesignation: text(content.faith.faithDesignation),
    };
  }
  if (content.geography) {
    form.geography = {
      regions: [...content.geography.regions],
      localAuthorityCodes: content.geography.localAuthorities.map((la) =>
        localAuthorityCode(la.code),
      ),
      growthAreas: lines(content.geography.growthAreas),
    };
  }
  if (content.growth) {
    const g = content.growth;
    form.growth = {
      stage: g.stage,
      openToNewSchools: yesNo(g.openToNewSchools),
      openToPartnerships: yesNo(g.openToPartnerships),
      capacity: figure(g.capacity),
      phases: [...g.seeking.phases],
      establishmentTypes: [...g.seeking.establishmentTypes],
      areas: lines(g.seeking.areas),
    };
  }
  form.schoolImprovementOffer = text(content.schoolImprovementOffer);
  form.centralServices = [...content.centralServices];
  if (content.finance) {
    const f = content.finance;
    form.finance = {
      contributionKind: f.contribution.kind,
      percent: figure(f.contribution.percent),
      minPercent: figure(f.contribution.minPercent),
      maxPercent: figure(f.contribution.maxPercent),
      variesBy: text(f.contribution.variesBy),
      gagPooling: yesNo(f.gagPooling),
      budgetDelegation: text(f.budgetDelegation),
      capitalApproach: text(f.capitalApproach),
      reservesPooled: yesNo(f.reserves.pooled),
      reservesTargetPercent: figure(f.reserves.targetPercent),
      reservesPolicy: f.reserves.policy,
      accountsUrl: text(f.accountsUrl),
    };
  }
  if (content.governance) {
    const g = content.governance;
    form.governance = {
      members: figure(g.members),
      trustees: figure(g.trustees),
      localGovernanceModel: g.localGovernanceModel,
      contacts: g.contacts.map((c) => ({
        id: newRowId("c"),
        name: c.name,
        role: c.role,
        email: c.email,
      })),
    };
  }
  return form;
}

// ---- From the form to the input ---------------------------------------------------------------

const blank = (value: string) => value.trim() === "";
/** Free text: left out when blank (the schema refuses a blank optional text). */
const optionalText = (value: string) => (blank(value) ? undefined : value);
/** One entry per line; blank lines are ignored. */
export const linesOf = (value: string) => value.split(/\r?\n/).filter((line) => !blank(line));
const choice = (value: string) => (value === "" ? undefined : value);
const booleanOf = (value: YesNo) => (value === "yes" ? true : value === "no" ? false : undefined);
/**
 * A number as typed: "12", "4.5", "4.5%", "1,000". Not a number gives NaN, which the schema
 * refuses with its own message ("Give … as a number"); nothing typed gives undefined.
 */
export function numberOf(value: string): number | undefined {
  const cleaned = value.trim().replace(/%$/, "").replace(/,/g, "").trim();
  if (cleaned === "") return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const valueRowEmpty = (row: ValueRow) => row.value === "" && blank(row.statement);
const contactRowEmpty = (row: ContactRow) => blank(row.name) && blank(row.role) && blank(row.email);

/** True when nothing in an optional section is filled in: it is then left out of the profile. */
export function isSectionEmpty(form: ProfileForm, section: OptionalSection): boolean {
  if (section === "governance") {
    const { contacts, ...rest } = form.governance;
    return Object.values(rest).every(blank) && contacts.every(contactRowEmpty);
  }
  const values: unknown[] = Object.values(form[section]);
  return values.every((v) =>
    Array.isArray(v) ? v.length === 0 : typeof v === "string" && blank(v),
  );
}

/** What the form sends, before checking, and which row each list entry came from. */
export interface BuiltProfile {
  /** In the domain's shape (TrustProfileInput), not yet checked. */
  input: Record<string, unknown>;
  /** The row ids of the values and contacts sent, by position: issue paths name positions. */
  rows: { values: string[]; contacts: string[] };
}

/**
 * The profile in the domain's shape. A section with nothing filled in, and a list row left
 * empty, are left out; anything filled in is sent as it is, for the schema to check in full.
 */
export function buildProfileInput(form: ProfileForm): BuiltProfile {
  const values = form.values.filter((row) => !valueRowEmpty(row));
  const contacts = form.governance.contacts.filter((row) => !contactRowEmpty(row));
  const statements = Object.fromEntries(
    qualityPillars.keys.flatMap((p) =>
      blank(form.qualityStatements[p]) ? [] : [[p, form.qualityStatements[p]]],
    ),
  );
  const input: Record<string, unknown> = {
    visionStatement: form.visionStatement,
    values:
      values.length === 0
        ? undefined
        : values.map((row) => ({ value: choice(row.value), statement: row.statement })),
    ethos: optionalText(form.ethos),
    qualityStatements: Object.keys(statements).length === 0 ? undefined : statements,
    faith: isSectionEmpty(form, "faith")
      ? undefined
      : {
          churchGovernanceLevel: choice(form.faith.churchGovernanceLevel),
          dioceses: linesOf(form.faith.dioceses),
          faithDesignation: optionalText(form.faith.faithDesignation),
        },
    geography: isSectionEmpty(form, "geography")
      ? undefined
      : {
          regions: form.geography.regions,
          localAuthorityCodes: form.geography.localAuthorityCodes,
          growthAreas: linesOf(form.geography.growthAreas),
        },
    growth: isSectionEmpty(form, "growth")
      ? undefined
      : {
          stage: choice(form.growth.stage),
          openToNewSchools: booleanOf(form.growth.openToNewSchools),
          openToPartnerships: booleanOf(form.growth.openToPartnerships),
          capacity: numberOf(form.growth.capacity),
          seeking: {
            phases: form.growth.phases,
            establishmentTypes: form.growth.establishmentTypes,
            areas: linesOf(form.growth.areas),
          },
        },
    schoolImprovementOffer: optionalText(form.schoolImprovementOffer),
    centralServices: form.centralServices.length === 0 ? undefined : form.centralServices,
    finance: isSectionEmpty(form, "finance") ? undefined : financeInput(form.finance),
    governance: isSectionEmpty(form, "governance")
      ? undefined
      : {
          members: numberOf(form.governance.members),
          trustees: numberOf(form.governance.trustees),
          localGovernanceModel: choice(form.governance.localGovernanceModel),
          contacts: contacts.map((row) => ({ name: row.name, role: row.role, email: row.email })),
        },
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return { input, rows: { values: values.map((r) => r.id), contacts: contacts.map((r) => r.id) } };
}

function financeInput(f: ProfileForm["finance"]) {
  const contribution =
    f.contributionKind === "FLAT"
      ? { kind: "FLAT", percent: numberOf(f.percent) }
      : f.contributionKind === "RANGE"
        ? {
            kind: "RANGE",
            minPercent: numberOf(f.minPercent),
            maxPercent: numberOf(f.maxPercent),
            variesBy: f.variesBy,
          }
        : { kind: undefined };
  const finance: Record<string, unknown> = {
    contribution,
    gagPooling: booleanOf(f.gagPooling),
    budgetDelegation: optionalText(f.budgetDelegation),
    capitalApproach: optionalText(f.capitalApproach),
    reserves: {
      pooled: booleanOf(f.reservesPooled),
      targetPercent: numberOf(f.reservesTargetPercent),
      policy: f.reservesPolicy,
    },
    accountsUrl: optionalText(f.accountsUrl),
  };
  return finance;
}

/** The same profile, as far as saving goes: list rows' ids and empty rows do not count. */
export function sameProfile(a: ProfileForm, b: ProfileForm): boolean {
  return JSON.stringify(buildProfileInput(a).input) === JSON.stringify(buildProfileInput(b).input);
}

/** The domain's TrustProfileInput as the API takes it: quality statements become a list. */
export function apiProfileInput(profile: TrustProfileInput): ApiTrustProfileInput {
  const { qualityStatements, ...rest } = profile;
  const input: ApiTrustProfileInput = { ...rest };
  if (qualityStatements !== undefined) {
    input.qualityStatements = qualityPillars.keys.flatMap((pillar) => {
      const statement = qualityStatements[pillar];
      return statement === undefined ? [] : [{ pillar, statement }];
    });
  }
  return input;
}

export type ProfileCheck =
  | { ok: true; input: ApiTrustProfileInput; built: BuiltProfile }
  | { ok: false; issues: FieldIssueLike[]; built: BuiltProfile };

/** Checks the form with the domain's schema, as the API will, before anything is sent. */
export function checkProfileForm(form: ProfileForm): ProfileCheck {
  const built = buildProfileInput(form);
  const parsed = trustProfileInputSchema.safeParse(built.input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues, built };
  return { ok: true, input: apiProfileInput(parsed.data), built };
}

// ---- Where each issue goes ------------------------------------------------------------------

/** Lists written one entry per line in a textarea, or chosen as checkboxes: one field each. */
const listFields = new Set([
  "faith-dioceses",
  "geography-regions",
  "geography-localAuthorityCodes",
  "geography-growthAreas",
  "growth-seeking-phases",
  "growth-seeking-establishmentTypes",
  "growth-seeking-areas",
  "centralServices",
]);

/** Fields typed one entry per line, whose issues name the line. */
const lineFields: Record<string, (form: ProfileForm) => string> = {
  "faith-dioceses": (f) => f.faith.dioceses,
  "geography-growthAreas": (f) => f.geography.growthAreas,
  "growth-seeking-areas": (f) => f.growth.areas,
};

/**
 * Every field's id, in the order the form shows them: the error summary lists errors in this
 * order, and each id is the control an error links to.
 */
export function profileFieldIds(form: ProfileForm): string[] {
  return [
    "visionStatement",
    "values",
    ...form.values.flatMap((row) => [`values-${row.id}-value`, `values-${row.id}-statement`]),
    "ethos",
    ...qualityPillars.keys.map((p) => `qualityStatements-${p}`),
    "faith-churchGovernanceLevel",
    "faith-dioceses",
    "faith-faithDesignation",
    "geography-regions",
    "geography-localAuthorityCodes",
    "geography-growthAreas",
    "growth-stage",
    "growth-openToNewSchools",
    "growth-openToPartnerships",
    "growth-capacity",
    "growth-seeking-phases",
    "growth-seeking-establishmentTypes",
    "growth-seeking-areas",
    "schoolImprovementOffer",
    "centralServices",
    "finance-contribution-kind",
    "finance-contribution-percent",
    "finance-contribution-minPercent",
    "finance-contribution-maxPercent",
    "finance-contribution-variesBy",
    "finance-gagPooling",
    "finance-budgetDelegation",
    "finance-capitalApproach",
    "finance-reserves-pooled",
    "finance-reserves-targetPercent",
    "finance-reserves-policy",
    "finance-accountsUrl",
    "governance-members",
    "governance-trustees",
    "governance-localGovernanceModel",
    "governance-contacts",
    ...form.governance.contacts.flatMap((row) => [
      `governance-contacts-${row.id}-name`,
      `governance-contacts-${row.id}-role`,
      `governance-contacts-${row.id}-email`,
    ]),
  ];
}

/** Which line of a one-per-line textarea the n-th entry (blank lines skipped) is on. */
export function lineNumberOf(value: string, index: number): number {
  const all = value.split(/\r?\n/);
  let seen = -1;
  for (let i = 0; i < all.length; i++) {
    if (!blank(all[i] ?? "")) seen += 1;
    if (seen === index) return i + 1;
  }
  return index + 1;
}

/**
 * The field an issue is about, from its path: the form's own check gives paths from the
 * profile (`[finance, reserves, policy]`), the API from its input (`[input, profile, …]`). A
 * list's position becomes the row's id; a problem with a whole section goes on its first field,
 * and one naming no field we know on the vision statement.
 */
export function placeProfileIssue(
  issue: FieldIssueLike,
  form: ProfileForm,
  rows: BuiltProfile["rows"],
  ids: readonly string[] = profileFieldIds(form),
): FieldIssueLike {
  let path = issue.path.map(String);
  if (path[0] === "input") path = path.slice(1);
  if (path[0] === "profile") path = path.slice(1);
  const [head, ...rest] = path;
  let message = issue.message;
  const parts: string[] = head === undefined ? [] : [head];
  if ((head === "values" || (head === "governance" && rest[0] === "contacts")) && rest.length > 0) {
    const list = head === "values" ? rows.values : rows.contacts;
    const at = head === "values" ? rest : rest.slice(1);
    if (head === "governance") parts.push("contacts");
    const rowId = list[Number(at[0])];
    if (rowId !== undefined) parts.push(rowId, ...at.slice(1));
  } else {
    parts.push(...rest);
  }
  // A list's entries are one field: keep the list's name, note the line when typed by lines.
  for (let i = 1; i <= parts.length; i++) {
    const candidate = parts.slice(0, i).join("-");
    if (listFields.has(candidate)) {
      const index = parts[i];
      const lineText = lineFields[candidate];
      if (index !== undefined && /^\d+$/.test(index) && lineText) {
        message = `Line ${lineNumberOf(lineText(form), Number(index))}: ${message}`;
      }
      return { path: [candidate], message };
    }
  }
  // The longest part of the path that is a field of the form.
  for (let i = parts.length; i > 0; i--) {
    const candidate = parts.slice(0, i).join("-");
    if (ids.includes(candidate)) return { path: [candidate], message };
  }
  // A whole section (faith, finance.contribution…): its first field.
  for (let i = parts.length; i > 0; i--) {
    const prefix = `${parts.slice(0, i).join("-")}-`;
    const first = ids.find((id) => id.startsWith(prefix));
    if (first !== undefined) return { path: [first], message };
  }
  return { path: ["visionStatement"], message };
}
