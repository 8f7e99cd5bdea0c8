import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb, tables } from "@atlas/db";
import { createEmptyPostgresDatabase } from "@atlas/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoData } from "../src/index.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const serverUrl = process.env.DATABASE_URL;

/** Runs `pnpm data …` (the CLI through tsx) with this environment, in a process of its own. */
function runCli(args: string[], env: Record<string, string>) {
  // Only what the CLI needs: no DATABASE_URL or SEED_DEMO_DATA leaks in from this process.
  const { DATABASE_URL: _url, DATA_DIR: _dir, SEED_DEMO_DATA: _seed, ...rest } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: packageDir,
    env: { ...rest, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe(`pnpm data seed on ${serverUrl ? "PostgreSQL" : "PGlite"}`, () => {
  const data = generateDemoData();
  let root: string;
  let env: Record<string, string>;
  let open: () => ReturnType<typeof createDb>;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "atlas-data-cli-"));
    if (serverUrl) {
      const empty = await createEmptyPostgresDatabase(serverUrl);
      drop = empty.drop;
      env = { DATABASE_URL: empty.url };
      open = () => createDb({ databaseUrl: empty.url, maxConnections: 1 });
    } else {
      const dataDir = join(root, "pglite");
      env = { DATA_DIR: dataDir };
      open = () => createDb({ dataDir });
    }
  });
  afterAll(async () => {
    await drop?.();
    rmSync(root, { recursive: true, force: true });
  });

  it("is an explicit ask: loads the demo data even with SEED_DEMO_DATA=false", async () => {
    const run = await runCli(["seed"], { ...env, SEED_DEMO_DATA: "false" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("loads the data set all the same");
    const database = await open();
    try {
      expect(await database.db.$count(tables.trusts)).toBe(data.trusts.length);
      expect(await database.db.$count(tables.users)).toBe(data.users.length);
    } finally {
      await database.close();
    }
  }, 120_000);

  it("refuses a database that has data, unless --force", async () => {
    const run = await runCli(["seed"], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("already has trusts or schools: nothing loaded");
  }, 120_000);

  it.skipIf(!serverUrl)(
    "names a PostgreSQL server without its password",
    async () => {
      const url = new URL(env.DATABASE_URL ?? "");
      url.password = "s3cret-password";
      const run = await runCli(["seed"], { DATABASE_URL: url.toString() });
      expect(`${run.stdout}${run.stderr}`).not.toContain("s3cret-password");
    },
    120_000,
  );

  it.skipIf(Boolean(serverUrl))(
    "refuses a PGlite folder another process has open, naming the folder",
    async () => {
      const database = await open();
      try {
        const run = await runCli(["seed", "--force"], env);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(
          `The database folder ${env.DATA_DIR} is in use by another Trust Atlas process`,
        );
      } finally {
        await database.close();
      }
    },
    120_000,
  );

  it("refuses an environment the API would refuse", async () => {
    const run = await runCli(["seed"], { SEED_DEMO_DATA: "yes" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("SEED_DEMO_DATA");
  });
});

describe(`pnpm data import-gias on ${serverUrl ? "PostgreSQL" : "PGlite"}`, () => {
  const fixture = (folder: string, file: string) =>
    fileURLToPath(new URL(`./fixtures/register/${folder}/${file}.csv`, import.meta.url));
  const filesOf = (folder: string, establishments = folder) => [
    "--establishments",
    fixture(establishments, "establishments"),
    "--groups",
    fixture(folder, "groups"),
    "--links",
    fixture(folder, "links"),
  ];
  let root: string;
  let env: Record<string, string>;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "atlas-data-import-"));
    if (serverUrl) {
      const empty = await createEmptyPostgresDatabase(serverUrl);
      drop = empty.drop;
      env = { DATABASE_URL: empty.url };
    } else env = { DATA_DIR: join(root, "pglite") };
  });
  afterAll(async () => {
    await drop?.();
    rmSync(root, { recursive: true, force: true });
  });

  it("stops on a missing column, saying which, with exit code 1", async () => {
    const run = await runCli(["import-gias", ...filesOf("month-1", "missing-column")], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('has no "PhaseOfEducation (code)" column: nothing was imported');
  }, 120_000);

  it("imports, prints a summary and writes the report", async () => {
    const report = join(root, "report.json");
    const run = await runCli(
      ["import-gias", ...filesOf("month-1"), "--report", report, "--as-of", "2024-06-30"],
      env,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("establishments.csv (Windows-1252): 17 rows read, 6 kept");
    expect(run.stdout).toContain('invalid row 10: URN "10009X" is not six digits');
    expect(run.stdout).toContain("Trusts: 5 new, 0 updated, 0 unchanged, 0 closed");
    expect(run.stdout).toContain("Memberships: 5 joins, 0 leaves");
    const written = JSON.parse(readFileSync(report, "utf8")) as { asOf: string };
    expect(written.asOf).toBe("2024-06-30");
  }, 120_000);

  it("needs all three files", async () => {
    const run = await runCli(["import-gias", "--establishments", "x.csv"], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("needs --establishments, --groups and --links");
  });
});
