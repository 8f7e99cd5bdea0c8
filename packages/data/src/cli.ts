import { parseArgs } from "node:util";
import { createDb, tables } from "@atlas/db";
import {
  isAcademyType,
  partnershipStates,
  type Region,
  regions,
  sizeBandOf,
  sizeBands,
} from "@atlas/domain";
import { Presets, SingleBar } from "cli-progress";
import { readEnv } from "./env.ts";
import { type DemoData, demoTodayAt, generateDemoData, type SchoolRow } from "./generate/index.ts";
import { type ScaleName, scaleNames } from "./generate/scales.ts";
import { importGiasCommand } from "./register/command.ts";
import { isDatabaseEmpty, seedDemoData, seededTables } from "./seed.ts";

const usage = `Trust Atlas data

  pnpm data seed [--scale S] [--seed N] [--force]
      load a generated data set (refuses a database with data unless --force, which empties
      the tables first)
  pnpm data stats [--scale S] [--seed N]
      print what the data set holds, without a database

  pnpm data import-gias --establishments <csv> --groups <csv> --links <csv>
                       [--report <file>] [--as-of yyyy-mm-dd]
      import the register's (GIAS) downloads: open state-funded schools in England, open
      academy trusts and their memberships; again with a newer month to update, close and record
      joins and leaves; a JSON report of every row with --report

  --scale demo     340 trusts, about 3,700 schools (the default)
  --scale england  about 1,320 multi- and 1,000 single-academy trusts, 22,000 schools

Environment: DATABASE_URL (PostgreSQL; when unset, PGlite in DATA_DIR, by default
.data/pglite at the repository root).`;

const write = (line = "") => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function parseScale(value: string | undefined): ScaleName {
  if (value === undefined) return "demo";
  if (!(scaleNames as string[]).includes(value))
    throw new Error(`--scale must be one of ${scaleNames.join(", ")}, not "${value}"`);
  return value as ScaleName;
}

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
  const sizes = data.trusts
    .filter((t) => t.type === "MULTI_ACADEMY_TRUST")
    .map((t) => current.get(t.id) ?? 0)
    .filter((n) => n > 0);
  const academies = data.schools.filter((s) => isAcademyType(s.establishmentType));
  const catholic = (s: SchoolRow) =>
    s.religiousCharacter === "ROMAN_CATHOLIC" || s.religiousCharacter === "CATHOLIC";
  const trustOf = new Map(
    data.memberships.filter((m) => !m.leftOn).map((m) => [m.schoolId, m.trustId]),
  );
  const catholicTrusts = new Set(
    data.trusts.filter((t) => /catholic/i.test(t.name)).map((t) => t.id),
  );
  const catholicAcademies = academies.filter(catholic);
  const published = (kind: string) =>
    new Set(data.trustDocumentVersions.filter((v) => v.kind === kind).map((v) => v.trustId)).size;
  const open = data.trusts.filter((t) => t.status !== "CLOSED").length;
  const pct = (n: number, of: number) => `${Math.round((n / of) * 100)}%`;
  write(
    `Multi-academy trusts with schools: ${sizes.length}, on average ${(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(1)} schools, the largest ${Math.max(...sizes)}; 2–9 schools: ${pct(sizes.filter((n) => n >= 2 && n <= 9).length, sizes.length)}`,
  );
  write(
    `Single-academy trusts: ${data.trusts.filter((t) => t.type === "SINGLE_ACADEMY_TRUST").length}`,
  );
  write(`Academies ${academies.length}, maintained ${data.schools.length - academies.length}`);
  write(
    `Church of England schools ${data.schools.filter((s) => s.religiousCharacter === "CHURCH_OF_ENGLAND").length}, Catholic ${data.schools.filter(catholic).length} (of the Catholic academies, ${pct(catholicAcademies.filter((s) => catholicTrusts.has(trustOf.get(s.id) ?? "")).length, catholicAcademies.length)} in a Catholic trust)`,
  );
  write(
    `Open trusts with a published profile ${pct(published("PROFILE"), open)}, scheme of delegation ${pct(published("SCHEME_OF_DELEGATION"), open)}; drafts ${data.trustDocumentDrafts.length}`,
  );
  const inState = (state: string) => data.partnerships.filter((p) => p.state === state).length;
  write(
    `Partnerships ${data.partnerships.length}: ${partnershipStates.keys.map((k) => `${partnershipStates.label(k).toLowerCase()} ${inState(k)}`).join(", ")}`,
  );
}

async function seed(values: {
  seed?: string | undefined;
  scale?: string | undefined;
  force?: boolean | undefined;
}) {
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
    const scale = parseScale(values.scale);
    const generateStarted = performance.now();
    // Loaded for people to look at: dated for this week (see demo-clock.ts).
    const today = demoTodayAt(new Date());
    const data = generateDemoData({ seed: seedValue, scale, today });
    const generated = performance.now() - generateStarted;

    write(
      `Loading the ${scale} data set (seed ${seedValue}, dated for the week of ${today}) into ${where}`,
    );
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
      scale: { type: "string" },
      establishments: { type: "string" },
      groups: { type: "string" },
      links: { type: "string" },
      report: { type: "string" },
      "as-of": { type: "string" },
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
    case "import-gias":
      process.exitCode = await importGiasCommand({ ...values, asOf: values["as-of"] }, write);
      break;
    case "stats": {
      const started = performance.now();
      const data = generateDemoData({
        seed: parseSeed(values.seed),
        scale: parseScale(values.scale),
      });
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
