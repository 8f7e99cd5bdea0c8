import { tables } from "@atlas/db";
import { type SQL, sql } from "drizzle-orm";

type TrustsTable = typeof tables.trusts;
const { trustPublishedFacts: f, trustDocumentVersions: v } = tables;

/** The trust's published facts as JSON (null when it has published nothing). */
export function publishedFactsJson(trust: TrustsTable): SQL<Record<string, unknown> | null> {
  return sql`(select json_build_object('values', ${f.values}, 'church', ${f.churchGovernanceLevel}, 'growth', ${f.growthStage}, 'open', ${f.openToPartnerships}, 'min', ${f.contributionMinPercent}, 'max', ${f.contributionMaxPercent}, 'gag', ${f.gagPooling}, 'autonomy', ${f.autonomy}, 'profile', ${f.profileVersionId} is not null, 'scheme', ${f.schemeVersionId} is not null) from ${f} where ${f.trustId} = ${trust.id})`;
}

/** The cells of the trust's live scheme of delegation (null without one). */
export function liveSchemeCells(trust: TrustsTable): SQL<unknown> {
  return sql`(select ${v.content} -> 'cells' from ${f} join ${v} on ${v.id} = ${f.schemeVersionId} where ${f.trustId} = ${trust.id})`;
}
