import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import {
  hashSessionToken,
  newSessionToken,
  sessionCookieName,
} from "../src/modules/accounts/session-token.ts";

/** One request the bench sends again and again: a GraphQL body, as the app would post it. */
export interface Operation {
  name: string;
  body: string;
  /** Held to the budgets against the same SQL run directly. */
  floorCompared: boolean;
  /** Sent with every request (a school member's session, for what only members may ask). */
  headers?: Record<string, string>;
}

/** The ceiling's document, trusted beside the apps' own (production runs nothing else). */
export const ceilingDocuments = { "bench:ceiling": "query Ceiling { ok: __typename }" };

/**
 * The bench's own documents for what no app page asks yet (compare and fit come with their
 * pages): trusted beside the apps' own, as the ceiling's is.
 */
export const benchDocuments = {
  ...ceilingDocuments,
  "bench:compare":
    "query BenchCompare($ids: [ID!]!) { compareTrusts(ids: $ids) { trusts { id name schoolCount pupilCount } rows { group key label values differs } } }",
  "bench:fit":
    "query BenchFit($urn: Int!, $preferences: FitPreferencesInput) { fit(urn: $urn, preferences: $preferences, first: 20) { totalCount edges { node { trustName score eligibility reasons parts { dimension score weight points } trust { id name schoolCount } } } } }",
};

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

/** An operation's text from the admin app's manifest (`pnpm generate` writes it). */
function adminDocument(name: string): string {
  const manifest = fileURLToPath(
    new URL("../../admin/src/gql/persisted-documents.json", import.meta.url),
  );
  const documents = Object.values(
    JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>,
  );
  const document = documents.find((text) => new RegExp(`^query ${name}\\b`).test(text));
  if (!document) throw new Error(`the admin app has no ${name} operation: run pnpm generate`);
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

/** The four trusts running the most schools, by their global ids. */
async function largestTrustIds(databaseUrl: string): Promise<string[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ id: string }[]>`
      select trust_id as id from current_memberships
      group by trust_id order by count(*) desc, trust_id limit 4`;
    return rows.map((r) => Buffer.from(`Trust:${r.id}`).toString("base64"));
  } finally {
    await sql.end();
  }
}

/**
 * A member of one open maintained primary school the register has placed (the first by URN),
 * signed in: a user, the grant and a session written straight to the bench database (the same
 * rows signing in writes). Returns the URN and the cookie to send.
 */
async function signedInSchoolMember(databaseUrl: string): Promise<{ urn: number; cookie: string }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [school] = await sql<{ id: string; urn: number }[]>`
      select id, urn from schools
      where status = 'OPEN' and phase = 'PRIMARY' and establishment_type = 'COMMUNITY'
        and easting is not null
      order by urn limit 1`;
    if (!school) throw new Error("the bench database has no placed community primary school");
    const token = newSessionToken();
    await sql.begin(async (tx) => {
      const [user] = await tx<{ id: string }[]>`
        insert into users (email, name, password_hash)
        values (${`bench.member.${token.slice(0, 12).toLowerCase()}@bench.invalid`}, 'Bench Member', 'bench')
        returning id`;
      if (!user) throw new Error("no bench user");
      await tx`insert into role_grants (user_id, role, school_id) values (${user.id}, 'SCHOOL_MEMBER', ${school.id})`;
      await tx`insert into sessions (token_hash, user_id, expires_at)
        values (${hashSessionToken(token)}, ${user.id}, now() + interval '1 day')`;
    });
    // The bench's API runs in production (the __Host- cookie); the capture in this process not.
    const cookie = `${sessionCookieName(true)}=${token}; ${sessionCookieName(false)}=${token}`;
    return { urn: school.urn, cookie };
  } finally {
    await sql.end();
  }
}

/**
 * A curator of the data set's first sector body (one is made when there is none), signed in as
 * `signedInSchoolMember` signs in its member. Returns the cookie to send.
 */
async function signedInCurator(databaseUrl: string): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const token = newSessionToken();
    await sql.begin(async (tx) => {
      const [body] = await tx<{ id: string }[]>`
        with found as (select id from sector_bodies order by slug limit 1),
        made as (
          insert into sector_bodies (slug, name)
          select 'bench-sector-body', 'Bench Sector Body' where not exists (select 1 from found)
          returning id
        )
        select id from found union all select id from made`;
      if (!body) throw new Error("no bench sector body");
      const [user] = await tx<{ id: string }[]>`
        insert into users (email, name, password_hash)
        values (${`bench.curator.${token.slice(0, 12).toLowerCase()}@bench.invalid`}, 'Bench Curator', 'bench')
        returning id`;
      if (!user) throw new Error("no bench user");
      await tx`insert into role_grants (user_id, role, sector_body_id) values (${user.id}, 'CURATOR', ${body.id})`;
      await tx`insert into sessions (token_hash, user_id, expires_at)
        values (${hashSessionToken(token)}, ${user.id}, now() + interval '1 day')`;
    });
    return `${sessionCookieName(true)}=${token}; ${sessionCookieName(false)}=${token}`;
  } finally {
    await sql.end();
  }
}

/** What a school weighs in S4: values, distance, size, autonomy and finance. */
const benchPreferences = {
  weights: { VALUES: 4, DISTANCE: 3, SIZE: 2, AUTONOMY: 2, FINANCE: 1 },
  values: ["INCLUSION", "COMMUNITY", "AMBITION"],
  maxDistanceKm: 25,
  size: { min: 3, max: 15 },
  autonomy: [
    { area: "CURRICULUM_AND_STANDARDS", share: 0.8 },
    { area: "STAFFING", share: 0.5 },
  ],
  maxContributionPercent: 5,
};

/**
 * S0 the server's own ceiling; S1 the public search page's operation three ways; S2 the public
 * trust page's operation for the largest trust; S3 the four largest trusts compared; S4 every
 * trust ranked for one school by a signed-in member; S5 the admin's sector dashboard over five
 * years for a signed-in curator. Variables as the apps send them.
 */
export async function scenarios(databaseUrl: string): Promise<{
  operations: Operation[];
  largestTrustSchools: number;
}> {
  const search = publicDocument("TrustSearch");
  const trustPage = publicDocument("TrustPage");
  const largest = await largestTrustId(databaseUrl);
  const fourLargest = await largestTrustIds(databaseUrl);
  const member = await signedInSchoolMember(databaseUrl);
  const curator = await signedInCurator(databaseUrl);
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
      {
        name: "S3 compare: four largest trusts",
        body: body(benchDocuments["bench:compare"], { ids: fourLargest }),
        floorCompared: true,
      },
      {
        name: "S4 fit: every trust for one school",
        body: body(benchDocuments["bench:fit"], {
          urn: member.urn,
          preferences: benchPreferences,
        }),
        floorCompared: true,
        headers: { cookie: member.cookie },
      },
      {
        name: "S5 sector dashboard: five years",
        body: body(adminDocument("SectorDashboard"), { months: 60 }),
        floorCompared: true,
        headers: { cookie: curator },
      },
    ],
  };
}
