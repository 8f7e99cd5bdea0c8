import type { AreaAutonomy } from "@atlas/domain";
import { churchGovernanceLevels, growthStages } from "@atlas/domain";
import { type SQL, sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  index,
  jsonb,
  pgEnum,
  real,
  snakeCase,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { trustDocumentVersions } from "./trust-documents.ts";
import { trusts } from "./trusts.ts";

export const churchGovernanceLevelEnum = pgEnum(
  "church_governance_level",
  churchGovernanceLevels.keys,
);
export const growthStageEnum = pgEnum("growth_stage", growthStages.keys);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * What search, compare and fit read from each trust's newest published profile and scheme
 * (the domain's `publishedTrustFacts`), one row per trust with anything published. Written
 * with the publish or unpublish that changes them, in the same transaction
 * (`refreshPublishedTrustFacts`), so a search never reads a version the public cannot see.
 */
export const trustPublishedFacts = snakeCase.table(
  "trust_published_facts",
  {
    trustId: uuid()
      .primaryKey()
      .references(() => trusts.id, { onDelete: "cascade" }),
    profileVersionId: uuid().references(() => trustDocumentVersions.id, { onDelete: "set null" }),
    schemeVersionId: uuid().references(() => trustDocumentVersions.id, { onDelete: "set null" }),
    values: text().array().notNull().default(sql`'{}'::text[]`),
    openToPartnerships: boolean(),
    openToNewSchools: boolean(),
    growthStage: growthStageEnum(),
    churchGovernanceLevel: churchGovernanceLevelEnum(),
    dioceses: text().array().notNull().default(sql`'{}'::text[]`),
    contributionMinPercent: real(),
    contributionMaxPercent: real(),
    gagPooling: boolean(),
    autonomy: jsonb().$type<AreaAutonomy[]>().notNull().default(sql`'[]'::jsonb`),
    autonomyIndex: real(),
    searchDocument: text().notNull().default(""),
    /** English stemming, so "collaborative" finds "collaboration". */
    searchVector: tsvector().generatedAlwaysAs(
      (): SQL => sql`to_tsvector('english'::regconfig, ${trustPublishedFacts.searchDocument})`,
    ),
  },
  (t) => [
    index("trust_published_facts_values_idx").using("gin", t.values),
    index("trust_published_facts_search_idx").using("gin", t.searchVector),
    check(
      "trust_published_facts_contribution_check",
      sql`${t.contributionMinPercent} is null or ${t.contributionMinPercent} <= ${t.contributionMaxPercent}`,
    ),
    check(
      "trust_published_facts_autonomy_check",
      sql`${t.autonomyIndex} is null or ${t.autonomyIndex} between 0 and 1`,
    ),
  ],
);
