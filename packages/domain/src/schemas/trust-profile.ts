import { z } from "zod";
import { schemeProblems } from "../rules/scheme-problems.ts";
import {
  delegationDecisions,
  delegationTiers,
  governanceModels,
  responsibilityLevels,
} from "../vocabularies/delegation.ts";
import { establishmentTypes } from "../vocabularies/establishment-types.ts";
import { localAuthorities } from "../vocabularies/local-authorities.ts";
import { phases } from "../vocabularies/phases.ts";
import { qualityPillars } from "../vocabularies/quality-pillars.ts";
import { regions } from "../vocabularies/regions.ts";
import {
  centralServices,
  churchGovernanceLevels,
  growthStages,
} from "../vocabularies/trust-profile.ts";
import { trustValues } from "../vocabularies/trust-values.ts";
import { emailSchema } from "./accounts.ts";
import { plainText, boundedText as text } from "./text.ts";

/** A choice from one of our vocabularies, with a message saying what kind of key is wanted. */
const oneOf = <K extends string>(keys: readonly [K, ...K[]], what: string) =>
  z.enum(keys, { error: `Choose ${what} from the list.` });

/**
 * A part of the profile as a strict object: a field we do not know is refused by name (a
 * misspelt field would otherwise be dropped silently), and a part that is not an object at all
 * says what was expected.
 */
const section = <S extends z.ZodRawShape>(what: string, shape: S) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Remove ${issue.keys.map((k) => `"${k}"`).join(", ")} from ${what}: Trust Atlas does not know ${issue.keys.length === 1 ? "that field" : "those fields"}.`
        : `Give ${what} as a set of fields.`,
  });

const listOf = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .array(item, { error: `Give the ${what} as a list.` })
    .max(max, `Choose at most ${max} ${what}.`);

/** The same key may not be chosen twice in one list. */
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;
const uniqueList = <T extends z.ZodType<string>>(item: T, max: number, what: string) =>
  listOf(item, max, what).refine(unique, `Choose each of the ${what} only once.`);

const percent = (what: string) =>
  z
    .number({ error: `Give ${what} as a number.` })
    .min(0, `Give ${what} as a percentage from 0 to 100.`)
    .max(100, `Give ${what} as a percentage from 0 to 100.`);

const count = (what: string) =>
  z
    .number({ error: `Give ${what} as a number.` })
    .int(`Give ${what} as a whole number.`)
    .min(0, `Give ${what} as 0 or more.`);

const HTTPS_MESSAGE = "Give the accounts link as a full web address starting with https://.";
const httpsUrl = plainText()
  .trim()
  .max(2000, "Shorten the accounts link to at most 2,000 characters.")
  .pipe(z.url({ protocol: /^https$/, error: HTTPS_MESSAGE }));

const valueSchema = section("the value", {
  value: oneOf(trustValues.keys, "a value"),
  statement: text("the statement of this value", 500),
});

const contributionSchema = z.discriminatedUnion(
  "kind",
  [
    section("the contribution", { kind: z.literal("FLAT"), percent: percent("the contribution") }),
    section("the contribution", {
      kind: z.literal("RANGE"),
      minPercent: percent("the lowest contribution"),
      maxPercent: percent("the highest contribution"),
      variesBy: text("what the contribution varies by", 300),
    }).refine((c) => c.minPercent <= c.maxPercent, {
      message: "Make the lowest contribution no more than the highest.",
      path: ["minPercent"],
    }),
  ],
  { error: 'Say whether the contribution is a flat rate ("FLAT") or a range ("RANGE").' },
);

const contactSchema = section("the contact", {
  name: text("the contact's name", 200),
  role: text("the contact's role", 200),
  email: emailSchema,
});

/**
 * A trust's own profile: what the CST guide tells a school to weigh (vision and values;
 * geography, type and size; governance and finance) and the finance and faith terms trusts publish.
 * Only the vision statement is required, so a trust can publish a first version and fill in the
 * rest; every part given is checked in full. Unknown fields are refused (strict), so a misspelt
 * field name is reported rather than lost.
 */
export const trustProfileInputSchema = section("the trust profile", {
  visionStatement: text("the vision statement", 1000),
  values: listOf(valueSchema, 10, "values")
    .refine((vs) => unique(vs.map((v) => v.value)), "Choose each value only once.")
    .optional(),
  ethos: text("the ethos statement", 2000).optional(),
  qualityStatements: z
    .partialRecord(
      oneOf(qualityPillars.keys, "a quality pillar"),
      text("the quality statement", 2000),
      {
        // zod's types for a record's issues leave out the unknown-key issue it does raise for a
        // key outside the enum, so the keys are read without relying on the issue's type.
        error: (issue) => {
          const keys: unknown = (issue as { keys?: unknown }).keys;
          return Array.isArray(keys)
            ? `Remove ${keys.map((k) => `"${String(k)}"`).join(", ")} from the quality statements: give statements only for the five quality pillars.`
            : "Give the quality statements as one statement for each pillar.";
        },
      },
    )
    .optional(),
  faith: section("the faith details", {
    churchGovernanceLevel: oneOf(churchGovernanceLevels.keys, "a church governance level"),
    dioceses: listOf(text("the diocese's name", 200), 20, "dioceses").refine(
      unique,
      "List each diocese only once.",
    ),
    faithDesignation: text("the faith designation", 200).optional(),
  }).optional(),
  geography: section("the geography", {
    regions: uniqueList(oneOf(regions.keys, "a region"), 9, "regions"),
    localAuthorityCodes: uniqueList(
      z
        .string({ error: "Give each local authority as its 3-digit register code, in quotes." })
        .pipe(plainText())
        .refine(
          (code) => localAuthorities.has(code.trim()),
          "Use a local authority's 3-digit register code, like 330 for Birmingham.",
        ),
      153,
      "local authorities",
    ),
    growthAreas: listOf(text("the growth area", 200), 20, "growth areas"),
  }).optional(),
  growth: section("the growth details", {
    stage: oneOf(growthStages.keys, "a growth stage"),
    openToNewSchools: z.boolean({ error: "Say whether the trust is open to new schools." }),
    openToPartnerships: z.boolean({
      error: "Say whether the trust is open to trust partnerships.",
    }),
    capacity: count("the number of schools the trust could take on"),
    seeking: section("what the trust is seeking", {
      phases: uniqueList(oneOf(phases.keys, "a phase"), 8, "phases"),
      establishmentTypes: uniqueList(
        oneOf(establishmentTypes.keys, "an establishment type"),
        50,
        "establishment types",
      ),
      areas: listOf(text("the area sought", 200), 20, "areas"),
    }),
  }).optional(),
  schoolImprovementOffer: text("the school improvement offer", 4000).optional(),
  centralServices: uniqueList(
    oneOf(centralServices.keys, "a central service"),
    centralServices.keys.length,
    "central services",
  ).optional(),
  finance: section("the finance details", {
    contribution: contributionSchema,
    gagPooling: z.boolean({ error: "Say whether the trust pools GAG funding." }),
    budgetDelegation: text("how budgets are delegated", 2000).optional(),
    capitalApproach: text("the approach to capital", 2000).optional(),
    // Every trust must have a reserves policy, though no level is required.
    reserves: section("the reserves", {
      pooled: z.boolean({ error: "Say whether reserves are pooled." }),
      targetPercent: percent("the reserves target").optional(),
      policy: text("the reserves policy", 2000),
    }),
    accountsUrl: httpsUrl.optional(),
  }).optional(),
  governance: section("the governance details", {
    members: count("the number of members"),
    trustees: count("the number of trustees"),
    localGovernanceModel: oneOf(governanceModels.keys, "a local governance model"),
    contacts: listOf(contactSchema, 20, "contacts"),
  }).optional(),
});
export type TrustProfileInput = z.infer<typeof trustProfileInputSchema>;

const schemeCellSchema = section("each cell", {
  decision: oneOf(delegationDecisions.keys, "a decision"),
  tier: oneOf(delegationTiers.keys, "a governance tier"),
  level: oneOf(responsibilityLevels.keys, "a responsibility level").nullable(),
});

/**
 * A scheme of delegation as a list of cells (see SchemeGrid), checked by shape and then by
 * `schemeProblems`: each rule break becomes an issue whose path is the decision's key, so a form
 * can show the message beside that decision's row.
 */
export const schemeOfDelegationInputSchema = z
  .array(schemeCellSchema, { error: "Give the scheme as a list of cells." })
  .max(
    delegationDecisions.keys.length * delegationTiers.keys.length,
    "A scheme has at most one cell for each decision and tier.",
  )
  .superRefine((grid, ctx) => {
    for (const problem of schemeProblems(grid)) {
      ctx.addIssue({ code: "custom", message: problem.message, path: [problem.decision] });
    }
  });
export type SchemeOfDelegationInput = z.infer<typeof schemeOfDelegationInputSchema>;
