import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type GenerateOptions, generateDemoData, seedDemoData } from "@atlas/data";
import { createDb } from "@atlas/db";
import postgres from "postgres";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export type Scale = NonNullable<GenerateOptions["scale"]>;

/**
 * What the bench database was built from: the generator's and the migrations' sources. A
 * database whose comment carries the same fingerprint is reused, so a second run skips the load.
 */
function fingerprint(scale: Scale, seed: number): string {
  const hash = createHash("sha256");
  for (const folder of ["packages/data/src/generate", "packages/db/drizzle", "packages/db/src"]) {
    const files = readdirSync(`${repoRoot}${folder}`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath}/${entry.name}`)
      .sort();
    for (const file of files) hash.update(file.slice(repoRoot.length)).update(readFileSync(file));
  }
  return `trust-atlas bench: ${scale} seed ${seed} ${hash.digest("hex").slice(0, 16)}`;
}

export interface BenchDatabase {
  url: string;
  /** Seconds spent loading it, or null when an earlier run's database was reused. */
  loadedInSeconds: number | null;
}

/**
 * A database named `name` on the server at `serverUrl`, holding the data set at `scale`:
 * reused when an earlier run left it with the same fingerprint, else made afresh.
 */
export async function prepareBenchDatabase(
  serverUrl: string,
  name: string,
  scale: Scale,
  seed: number,
): Promise<BenchDatabase> {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const expected = fingerprint(scale, seed);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`;
    if (row?.comment === expected) return { url: url.toString(), loadedInSeconds: null };
    const started = performance.now();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    const database = await createDb({ databaseUrl: url.toString() });
    try {
      await database.migrate();
      await seedDemoData(database.db, generateDemoData({ seed, scale }));
    } finally {
      await database.close();
    }
    // Fresh statistics, as autovacuum would give a database that has lived a while.
    const bench = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await bench`vacuum analyze`;
    await bench.end();
    await admin.unsafe(`comment on database "${name}" is '${expected}'`);
    return { url: url.toString(), loadedInSeconds: (performance.now() - started) / 1000 };
  } finally {
    await admin.end({ timeout: 5 });
  }
}
