import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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
