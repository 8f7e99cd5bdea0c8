import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, DataDirLockedError } from "../src/index.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const holdScript = fileURLToPath(new URL("./support/hold-data-dir.ts", import.meta.url));

/**
 * A stale window far longer than any test, so a holder starved of CPU by suites running beside
 * this one never loses its lock: these tests are about who holds it, not about staleness.
 */
const dataDirLock = { staleMs: 600_000, updateMs: 1_000 };
/** Starting a child under tsx and PGlite can take long on a busy machine. */
const timeout = 180_000;

/** What a second process on the folder is told. */
const refusal = (dataDir: string) =>
  `The database folder ${dataDir} is in use by another Trust Atlas process`;

interface Holder {
  child: ChildProcess;
  /** Resolves once the child has the folder open; rejects with its stderr if it exits first. */
  opened: Promise<void>;
  /** Resolves with the exit code and stderr when the child ends. */
  exited: Promise<{ code: number | null; stderr: string }>;
}

/** Opens `dataDir` with createDb in a separate Node process. */
function holdInChild(dataDir: string): Holder {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", holdScript, dataDir, JSON.stringify(dataDirLock)],
    {
      cwd: packageDir,
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => {
    child.once("exit", (code) => resolve({ code, stderr }));
  });
  const opened = new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("open\n")) resolve();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    void exited.then(({ code }) => reject(new Error(`child exited ${code}: ${stderr}`)));
  });
  // The rejection is looked at only by tests that expect the child to hold the folder.
  opened.catch(() => {});
  return { child, opened, exited };
}

/**
 * What createDb fails with on `dataDir`; a database it opens after all is closed, and fails the
 * test plainly (printing the handle itself would not help anyone).
 */
async function openingError(dataDir: string): Promise<unknown> {
  try {
    const database = await createDb({ dataDir, dataDirLock });
    await database.close();
  } catch (error) {
    return error;
  }
  throw new Error(`createDb opened ${dataDir} although another holder had it`);
}

async function release(holder: Holder) {
  holder.child.stdin?.end();
  return holder.exited;
}

describe("a PGlite folder is held by one process at a time", () => {
  let root: string;
  let dataDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "atlas-db-lock-"));
    dataDir = join(root, "pglite");
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it(
    "refuses a second process while this one has it open, and lets it in after close",
    async () => {
      const first = await createDb({ dataDir, dataDirLock });
      const refused = await holdInChild(dataDir).exited;
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(refusal(dataDir));

      await first.close();
      const second = holdInChild(dataDir);
      await second.opened;
      expect((await release(second)).code).toBe(0);
    },
    timeout,
  );

  it(
    "refuses this process while another process has it open, and lets it in after",
    async () => {
      const holder = holdInChild(dataDir);
      await holder.opened;
      const refused = await openingError(dataDir);
      expect(refused).toBeInstanceOf(DataDirLockedError);
      expect(String(refused)).toContain(refusal(dataDir));
      expect(String(refused)).toContain(`process ${holder.child.pid}`);

      expect((await release(holder)).code).toBe(0);
      const after = await createDb({ dataDir, dataDirLock });
      await after.ping();
      await after.close();
    },
    timeout,
  );

  it(
    "refuses a second createDb in the same process until the first closes",
    async () => {
      const first = await createDb({ dataDir, dataDirLock });
      expect(String(await openingError(dataDir))).toContain(refusal(dataDir));
      await first.close();
      // Closing twice is harmless: the lock is released once.
      await first.close();
      const second = await createDb({ dataDir, dataDirLock });
      await second.ping();
      await second.close();
    },
    timeout,
  );

  it(
    "takes over the lock of a process that died holding it",
    async () => {
      const holder = holdInChild(dataDir);
      await holder.opened;
      holder.child.kill("SIGKILL");
      await holder.exited;
      // The dead process's lock is left on disk; its owner is gone, so this process takes it over
      // at once instead of waiting for it to go stale (600 s here, far past the test's timeout).
      const after = await createDb({ dataDir, dataDirLock });
      await after.ping();
      await after.close();
    },
    timeout,
  );

  it(
    "creates the folder, and the parents it needs, readable by the owner only",
    async () => {
      const nested = join(root, "a", "b", "pglite");
      const database = await createDb({ dataDir: nested, dataDirLock });
      await database.close();
      for (const folder of [join(root, "a"), join(root, "a", "b"), nested]) {
        expect((statSync(folder).mode & 0o777).toString(8)).toBe("700");
      }
    },
    timeout,
  );
});
