import { parseArgs } from "node:util";
import { createDb, tables } from "@atlas/db";
import { type Region, regions, sizeBandOf, sizeBands } from "@atlas/domain";
import { Presets, SingleBar } from "cli-progress";
import { readEnv } from "./env.ts";
import { type DemoData, generateDemoData } from "./generate/index.ts";
import { isDatabaseEmpty, seedDemoData, seededTables } from "./seed.ts";

const usage = `Trust Atlas data

  pnpm data seed [--seed N] [--force]   load the demo data set (refuses a database with data
                                        unless --force, which empties the tables first)
  pnpm data stats [--seed N]            print what the demo data set holds, without a database

Environment: DATABASE_URL (PostgreSQL; when unset, PGlite in DATA_DIR, by default
.data/pglite at the repository root).`;

const write = (line = "") => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function parseSeed(value: string | undefined): number {
  if (value === undefined) return 2026;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be a whole number, not "${value}"`);
  return seed;
}

/** Host, port and database of a URL, without the user or password. */
function serverName(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.host}${url.pathname}`;
}

function printStats(data: DemoData) {
  const current = new Map<string, number>();
  for (const m of data.memberships) {
    if (!m.leftOn) current.set(m.trustId, (current.get(m.trustId) ?? 0) + 1);
  }
  const bands = new Map<string, number>(sizeBands.keys.map((band) => [sizeBands.label(band), 0]));
  for (const t of data.trusts) {
    const band = sizeBandOf(current.get(t.id) ?? 0);
    const key = band ? sizeBands.label(band) : "No schools now (closed)";
    bands.set(key, (bands.get(key) ?? 0) + 1);
  }
  const byRegion = new Map<Region, number>(regions.keys.map((region) => [region, 0]));
  for (const s of data.schools) byRegion.set(s.region, (byRegion.get(s.region) ?? 0) + 1);
  const inTrust = new Set(data.memberships.filter((m) => !m.leftOn).map((m) => m.schoolId));
  write(`Trusts by size: ${[...bands].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  write(
    `Schools by region: ${[...byRegion].map(([k, n]) => `${regions.label(k)} ${n}`).join(", ")}`,
  );
  write(`Schools in no trust: ${data.schools.filter((s) => !inTrust.has(s.id)).length}`);
}

async function seed(values: { seed?: string | undefined; force?: boolean | undefined }) {
  const env = readEnv();
  const where = env.databaseUrl
    ? `PostgreSQL at ${serverName(env.databaseUrl)}`
    : `PGlite at ${env.dataDir}`;
  if (env.seedDemoData === false) {
    write("SEED_DEMO_DATA=false keeps the API from loading the demo data on start; this command");
    write("is an explicit ask, so it loads the data set all the same.");
  }
  const started = performance.now();
  const database = await createDb({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  try {
    await database.migrate();
    if (!values.force && !(await isDatabaseEmpty(database.db))) {
      write(`The database (${where}) already has trusts or schools: nothing loaded.`);
      write("Run with --force to empty its tables and load the demo data set again.");
      process.exitCode = 1;
      return;
    }
    const seedValue = parseSeed(values.seed);
    const generateStarted = performance.now();
    const data = generateDemoData({ seed: seedValue });
    const generated = performance.now() - generateStarted;

    write(`Loading the demo data set (seed ${seedValue}) into ${where}`);
    const bar = new SingleBar(
      { format: "  {bar} {percentage}% | {value}/{total} rows | {table}", hideCursor: true },
      Presets.shades_classic,
    );
    const insertStarted = performance.now();
    let barStarted = false;
    await seedDemoData(database.db, data, {
      force: values.force ?? false,
      onProgress: (done, total, table) => {
        if (!barStarted) {
          bar.start(total, done, { table });
          barStarted = true;
        } else bar.update(done, { table });
      },
    });
    bar.stop();
    const inserted = performance.now() - insertStarted;

    write();
    for (const name of seededTables) {
      const count = await database.db.$count(tables[name]);
      write(`  ${name.padEnd(21)} ${String(count).padStart(6)}`);
    }
    printStats(data);
    write(
      `Generated in ${seconds(generated)}, inserted in ${seconds(inserted)}, ${seconds(performance.now() - started)} in all.`,
    );
  } finally {
    await database.close();
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      seed: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command] = positionals;
  if (values.help || command === undefined || command === "help") {
    write(usage);
    return;
  }
  switch (command) {
    case "seed":
      await seed(values);
      break;
    case "stats": {
      const started = performance.now();
      const data = generateDemoData({ seed: parseSeed(values.seed) });
      const took = performance.now() - started;
      for (const name of seededTables)
        write(`  ${name.padEnd(21)} ${String(data[name].length).padStart(6)}`);
      printStats(data);
      write(`Generated in ${seconds(took)}.`);
      break;
    }
    default:
      write(`Unknown command "${command}".\n`);
      write(usage);
      process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
