// `pnpm bench`: API latency on the demo data set, as ratios against a trivial query measured in
// the same run (these machines are noisy; absolute times are not comparable across runs), and
// SQL statements per operation. Uses a fresh database: PostgreSQL when DATABASE_URL is set.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateDemoData, seedDemoData } from "@atlas/data";
import { createTestDb } from "@atlas/db/testing";
import { pino } from "pino";
import { Bench } from "tinybench";
import { createApp } from "../src/yoga.ts";

const database = await createTestDb();
const data = generateDemoData({ seed: 2026 });
await seedDemoData(database.db, data);
const yoga = createApp({ database, logger: pino({ level: "silent" }) });

async function run(query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown; data?: Record<string, unknown> };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data ?? {};
}

const firstTrust = await run(`{ trusts(first: 1, filter: { sizeBand: LARGE }) { nodes { id } } }`);
const trustId = (firstTrust.trusts as { nodes: { id: string }[] }).nodes[0]?.id;
const urn = data.schools[0]?.urn;
// The demo trust-admin's trust has a published profile and scheme.
const demoTrustId = Buffer.from(`Trust:${data.demo.trustAdminTrust.id}`).toString("base64");

/** The public app's own trust page query, from its manifest (`pnpm generate` writes it). */
function publicTrustPageQuery(): string | undefined {
  const manifest = fileURLToPath(
    new URL("../../public/app/gql/persisted-documents.json", import.meta.url),
  );
  if (!existsSync(manifest)) return undefined;
  const documents = Object.values(
    JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>,
  );
  return documents.find((text) => /^query TrustPage\b/.test(text));
}
const trustPage = publicTrustPageQuery();

const operations: Record<string, [string, Record<string, unknown>?]> = {
  "baseline { __typename }": [`{ __typename }`],
  "search page: 20 trusts + counts": [
    `{ trusts(first: 20) { totalCount nodes { id name type sizeBand schoolCount region } pageInfo { hasNextPage endCursor } } }`,
  ],
  "50 trusts with 20 schools each": [
    `{ trusts(first: 50) { totalCount nodes { id name schoolCount schools(first: 20) { totalCount nodes { urn name phase pupils region } } } } }`,
  ],
  "filtered: North West primary, small": [
    `{ trusts(first: 20, filter: { regions: [NORTH_WEST], phases: [PRIMARY], sizeBand: SMALL }) { totalCount nodes { id name } } }`,
  ],
  "text search 'learning'": [
    `{ trusts(first: 20, filter: { search: "learning" }) { totalCount nodes { id name } } }`,
  ],
  "trust page with 100 schools": [
    `query ($id: ID!) { trust(id: $id) { name groupId schoolCount schools(first: 100) { totalCount nodes { urn name phase establishmentType pupils region localAuthority { name } } } } }`,
    { id: trustId },
  ],
  ...(trustPage
    ? { "public trust page: profile, scheme, figures, schools": [trustPage, { id: demoTrustId }] }
    : {}),
  "school page with trust history": [
    `query ($urn: Int!) { school(urn: $urn) { name phase trust { name } memberships { joinedOn leftOn trust { name } } } }`,
    { urn },
  ],
};

const statements = new Map<string, number>();
for (const [name, [query, variables]] of Object.entries(operations)) {
  database.resetStatements();
  await run(query, variables);
  statements.set(name, database.statements.length);
}

const bench = new Bench({ time: 1500, warmupTime: 300 });
for (const [name, [query, variables]] of Object.entries(operations)) {
  bench.add(name, () => run(query, variables).then(() => undefined));
}
await bench.run();

const baseline = bench.tasks[0]?.result;
const baseMedian = baseline && "latency" in baseline ? baseline.latency.p50 : undefined;
console.log(
  `\n${database.kind}, ${data.trusts.length} trusts, ${data.schools.length} schools (${new Date().toISOString()})\n`,
);
console.table(
  bench.tasks.map((task) => {
    const r = task.result;
    const latency = r && "latency" in r ? r.latency : undefined;
    return {
      operation: task.name,
      "p50 ms": latency?.p50?.toFixed(2),
      "p99 ms": latency?.p99?.toFixed(2),
      "× baseline (p50)": latency?.p50 && baseMedian ? (latency.p50 / baseMedian).toFixed(1) : "",
      "SQL statements": statements.get(task.name),
    };
  }),
);
await database.close();
