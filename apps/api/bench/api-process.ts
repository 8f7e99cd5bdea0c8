import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const apiRoot = fileURLToPath(new URL("../", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export interface ApiProcess {
  url: string;
  /** The most memory the process has held resident (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * The API as deployed: `NODE_ENV=production`, built afresh and run as `pnpm start` runs it, trusted documents only,
 * logging at its default level to a pipe this process drains (as a container's stdout is).
 * `extraDocuments` are trusted beside the apps' own (the bench's ceiling operation).
 */
export async function startApi(
  databaseUrl: string,
  extraDocuments: Record<string, string>,
): Promise<ApiProcess> {
  // Always the code in the tree: a bundle left from an earlier build would be measured instead.
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: apiRoot, stdio: "inherit" });
  const port = await freePort();
  const metricsPort = await freePort();
  const manifest = join(tmpdir(), `atlas-bench-documents-${process.pid}.json`);
  writeFileSync(manifest, JSON.stringify(extraDocuments));
  // Redis holds only sign-in limits, which no read touches.
  const { REDIS_URL: _redis, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, ["dist/main.mjs"], {
    cwd: apiRoot,
    env: {
      ...inherited,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      METRICS_PORT: String(metricsPort),
      SEED_DEMO_DATA: "false",
      TRUSTED_DOCUMENTS: [
        `${repoRoot}apps/public/app/gql/persisted-documents.json`,
        `${repoRoot}apps/admin/src/gql/persisted-documents.json`,
        manifest,
      ].join(","),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // What it says until it is ready, to explain a failed start; then its log is only drained.
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited on start:\n${output}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the API was not ready in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  child.stdout?.off("data", collect);
  child.stdout?.resume();
  output = "";
  return {
    url,
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
