// `pnpm bench`: the API as deployed (production mode, its own process, PostgreSQL) under load
// over HTTP, beside two baselines measured in the same run — the server's `{ __typename }`
// ceiling and each operation's own SQL run straight through postgres.js — because these
// machines are noisy and only ratios carry from one run to the next. A script, not a test.
import { parseArgs } from "node:util";
import { startApi } from "./api-process.ts";
import { budgetsOf, printBudgets } from "./budgets.ts";
import { captureStatements } from "./capture.ts";
import { prepareBenchDatabase, type Scale } from "./database.ts";
import { measureFloor } from "./floor.ts";
import type { Measured } from "./latency.ts";
import { checkAnswers, type LoadOptions, measureOverHttp } from "./load.ts";
import { benchDocuments, scenarios } from "./scenarios.ts";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "england" },
    seed: { type: "string", default: "2026" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
  },
});
const scale = values.scale as Scale;
if (scale !== "demo" && scale !== "england") throw new Error("--scale is demo or england");
const load: LoadOptions = {
  connections: Number(values.connections),
  seconds: Number(values.seconds),
  warmupSeconds: 2,
};
// The API's pool (createDb's default): the floor gets no more connections than the API has.
const poolSize = 10;
const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const say = (line = "") => process.stdout.write(`${line}\n`);
say(`Preparing the ${scale} data set (seed ${values.seed}) in atlas_bench_${scale} …`);
const database = await prepareBenchDatabase(
  server,
  `atlas_bench_${scale}`,
  scale,
  Number(values.seed),
);
say(
  database.loadedInSeconds === null
    ? "  reused the database an earlier run loaded"
    : `  loaded in ${database.loadedInSeconds.toFixed(1)} s`,
);
const { operations, largestTrustSchools } = await scenarios(database.url);
const statements = await captureStatements(database.url, operations);

const api = await startApi(database.url, benchDocuments);
const rows: { name: string; api: Measured; floor?: Measured | undefined; statements: number }[] =
  [];
let peakRssMb = Number.NaN;
try {
  for (const operation of operations) {
    await checkAnswers(api.url, operation);
    say(`  ${operation.name} …`);
    const measured = await measureOverHttp(api.url, operation, load);
    const sql = statements.get(operation.name) ?? [];
    const floor =
      operation.floorCompared && sql.length > 0
        ? await measureFloor(database.url, sql, { ...load, poolSize })
        : undefined;
    rows.push({ name: operation.name, api: measured, floor, statements: sql.length });
  }
} finally {
  peakRssMb = api.peakRssMb();
  await api.stop();
}

const fixed = (n: number | undefined, digits = 1) =>
  n === undefined || Number.isNaN(n) ? "" : n.toFixed(digits);
const ceiling = rows[0]?.api.requestsPerSecond ?? Number.NaN;
say();
say(
  `${scale} data set, largest trust ${largestTrustSchools} schools; ${load.connections} connections, ${load.seconds} s each; ${new Date().toISOString()}`,
);
console.table(
  rows.flatMap(({ name, api: a, floor, statements: n }) => [
    {
      scenario: name,
      "req/s": fixed(a.requestsPerSecond, 0),
      "% of S0": fixed((a.requestsPerSecond / ceiling) * 100, 0),
      "p50 ms": fixed(a.p50),
      "p95 ms": fixed(a.p95),
      "p99 ms": fixed(a.p99),
      errors: a.errors,
      "SQL statements": n,
      "p95 × floor": floor ? fixed(a.p95 / floor.p95, 2) : "",
    },
    ...(floor
      ? [
          {
            scenario: "  floor: its SQL via postgres.js",
            "req/s": fixed(floor.requestsPerSecond, 0),
            "% of S0": "",
            "p50 ms": fixed(floor.p50),
            "p95 ms": fixed(floor.p95),
            "p99 ms": fixed(floor.p99),
            errors: floor.errors,
            "SQL statements": n,
            "p95 × floor": "",
          },
        ]
      : []),
  ]),
);
say(`API peak RSS: ${peakRssMb.toFixed(0)} MB`);
say();
printBudgets(budgetsOf(rows, peakRssMb), say);
