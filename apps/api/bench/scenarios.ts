import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

/** One request the bench sends again and again: a GraphQL body, as the app would post it. */
export interface Operation {
  name: string;
  body: string;
  /** Held to the budgets against the same SQL run directly. */
  floorCompared: boolean;
}

/** The ceiling's document, trusted beside the apps' own (production runs nothing else). */
export const ceilingDocuments = { "bench:ceiling": "query Ceiling { ok: __typename }" };

/** An operation's text from the public app's manifest (`pnpm generate` writes it). */
function publicDocument(name: string): string {
  const manifest = fileURLToPath(
    new URL("../../public/app/gql/persisted-documents.json", import.meta.url),
  );
  const documents = Object.values(
    JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>,
  );
  const document = documents.find((text) => new RegExp(`^query ${name}\\b`).test(text));
  if (!document) throw new Error(`the public app has no ${name} operation: run pnpm generate`);
  return document;
}

/** The search page's own variables for a first page with no school to be near. */
const searchPage = { first: 20, orderBy: null, nearUrn: 0, hasNear: false };

const body = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

/** The trust running the most schools now, by its global id. */
async function largestTrustId(databaseUrl: string): Promise<{ id: string; schools: number }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ id: string; schools: number }[]>`
      select trust_id as id, count(*)::int as schools from current_memberships
      group by trust_id order by count(*) desc, trust_id limit 1`;
    if (!row) throw new Error("the bench database has no trust with schools");
    return { id: Buffer.from(`Trust:${row.id}`).toString("base64"), schools: row.schools };
  } finally {
    await sql.end();
  }
}

/**
 * S0 the server's own ceiling; S1 the public search page's operation three ways; S2 the public
 * trust page's operation for the largest trust. Variables as the apps send them (20 a page).
 */
export async function scenarios(databaseUrl: string): Promise<{
  operations: Operation[];
  largestTrustSchools: number;
}> {
  const search = publicDocument("TrustSearch");
  const trustPage = publicDocument("TrustPage");
  const largest = await largestTrustId(databaseUrl);
  return {
    largestTrustSchools: largest.schools,
    operations: [
      {
        name: "S0 { __typename }",
        body: body(ceilingDocuments["bench:ceiling"]),
        floorCompared: false,
      },
      {
        name: "S1 search: unfiltered",
        body: body(search, { ...searchPage, filter: {} }),
        floorCompared: true,
      },
      {
        name: "S1 search: region, phase, size",
        body: body(search, {
          ...searchPage,
          filter: { regions: ["NORTH_WEST"], phases: ["PRIMARY"], sizeBand: "MEDIUM" },
        }),
        floorCompared: true,
      },
      {
        name: "S1 search: text 'academy'",
        body: body(search, { ...searchPage, filter: { search: "academy" } }),
        floorCompared: true,
      },
      {
        name: "S2 trust page: largest trust",
        body: body(trustPage, { id: largest.id }),
        floorCompared: true,
      },
    ],
  };
}
